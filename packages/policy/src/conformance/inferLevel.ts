import type { PolicyDocument } from '../types';
import type { Standard } from '../standards/types';

/**
 * The level a baseline policy emulates, read from its id: `owasp-asvs-5-l1` emulating
 * `owasp-asvs` is checked at L1, `ad-default` emulating `microsoft-ad` at "default".
 * A stopgap: PolicyDocument has no field for the level, so the id carries it. Other policies
 * get no level (every clause applies).
 */
export function inferLevel(policy: PolicyDocument, standard: Standard): string | undefined {
  if (policy.emulates !== standard.id || !standard.levels) return undefined;
  return standard.levels.find((level) => policy.id.toLowerCase().endsWith(`-${level.toLowerCase()}`));
}
