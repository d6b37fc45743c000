import type { PolicyDocument } from '../types';
import type { Standard } from '../standards/types';

/**
 * The level at which a baseline policy is checked against the standard it emulates: its
 * `emulatesLevel`, when that is one of the standard's levels. Other policies, and standards
 * without levels, get none (every clause applies).
 */
export function emulatedLevel(policy: PolicyDocument, standard: Standard): string | undefined {
  if (policy.emulates !== standard.id || policy.emulatesLevel === undefined) return undefined;
  return standard.levels?.includes(policy.emulatesLevel) ? policy.emulatesLevel : undefined;
}
