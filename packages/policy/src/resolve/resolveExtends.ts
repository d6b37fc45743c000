import type { Diagnostic } from '@stepwise/core';
import type { PolicyCode } from '../codes';
import type { PolicyDocument } from '../types';
import { resolvePolicy, type ResolvedPolicy } from './resolvePolicy';
import { SHIPPED_POLICIES } from './shippedPolicies';

/**
 * Resolves one policy's `extends` against the caller's own policies first, then `presets`
 * (by default the policies shipped under /policy). The available parents are a parameter, so a
 * site or another package can supply its own presets. An unknown parent or a cycle comes back as
 * a diagnostic at `extends` and no policy: never a child with its parent silently dropped.
 */
export function resolveExtends(document: PolicyDocument, parents: readonly PolicyDocument[] = [], presets: readonly PolicyDocument[] = SHIPPED_POLICIES): { policy?: ResolvedPolicy; diagnostics: Diagnostic<PolicyCode>[] } {
  const byId = new Map<string, PolicyDocument>();
  for (const p of presets) byId.set(p.id, p);
  for (const p of parents) byId.set(p.id, p);
  byId.delete(document.id);
  const resolved = resolvePolicy(document, (id) => byId.get(id));
  if (resolved.policy) return resolved;
  const known = [...byId.keys()];
  return {
    diagnostics: resolved.diagnostics.map((d) =>
      d.code === 'policy-extends-unknown' ? { ...d, hint: `Known parents: ${known.join(', ') || 'none'}. Pass the parent policy in loadPolicy's \`parents\` option, or load the folder with resolvePolicies.` } : d,
    ),
  };
}
