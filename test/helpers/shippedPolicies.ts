import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPolicy, resolvePolicies, type ResolvedPolicy } from '@stepwise/policy';

const POLICY_DIR = join(import.meta.dirname, '../../policy');

/**
 * Every policy shipped in policy/, loaded and resolved through the engine. A problem in a
 * shipped file fails the calling test with its diagnostics, rather than surfacing later as an
 * undefined policy.
 */
export function loadShippedPolicies(): ResolvedPolicy[] {
  const sources = readdirSync(POLICY_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = `policy/${f}`;
      // extends is resolved across the folder below (resolvePolicies), from the files as written.
      const loaded = loadPolicy(readFileSync(join(POLICY_DIR, f), 'utf8'), file, { resolve: false });
      if (!loaded.document) throw new Error(`${file} does not load: ${JSON.stringify(loaded.diagnostics)}`);
      return { policy: loaded.document, file, parsed: loaded.parsed };
    });
  const resolved = resolvePolicies(sources);
  if (resolved.diagnostics.length > 0) throw new Error(`shipped policies do not resolve: ${JSON.stringify(resolved.diagnostics)}`);
  return [...resolved.policies.values()];
}
