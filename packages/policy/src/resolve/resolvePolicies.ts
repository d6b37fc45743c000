import type { Diagnostic, ParsedYaml } from '@stepwise/core';
import { closestMatch, FILE_START } from '@stepwise/core';
import type { PolicyCode } from '../codes';
import type { PolicyDocument } from '../types';
import { applyChain, chainMessage, findChain, type ResolvedPolicy } from './resolvePolicy';

export interface PolicySource {
  policy: PolicyDocument;
  file: string;
  /** When given, diagnostics point at the exact `extends` or `id` node. */
  parsed?: ParsedYaml;
}

/**
 * Resolves `extends` across a set of loaded policies. Unknown parents and cycles are reported
 * at the `extends` node of each policy concerned; such policies are left out of the result.
 */
export function resolvePolicies(documents: readonly PolicySource[]): { policies: Map<string, ResolvedPolicy>; diagnostics: Diagnostic<PolicyCode>[] } {
  const diagnostics: Diagnostic<PolicyCode>[] = [];
  const byId = new Map<string, PolicySource>();
  const at = (source: PolicySource, code: PolicyCode, path: string[], message: string, hint?: string) =>
    diagnostics.push({ code, severity: 'error', message, file: source.file, range: source.parsed ? source.parsed.locate(path) : FILE_START, path, ...(hint ? { hint } : {}) });

  for (const source of documents) {
    const first = byId.get(source.policy.id);
    if (first) at(source, 'policy-duplicate-id', ['id'], `Policy id "${source.policy.id}" is already used by ${first.file}.`, 'Give each policy its own id.');
    else byId.set(source.policy.id, source);
  }

  const policies = new Map<string, ResolvedPolicy>();
  for (const source of byId.values()) {
    const found = findChain(source.policy, (id) => byId.get(id)?.policy);
    if ('problem' in found) {
      const problem = found.problem;
      if (problem.kind === 'unknown') {
        // Reported only where the unknown id is written, not on every descendant.
        if (problem.chain.length === 1) at(source, 'policy-extends-unknown', ['extends'], chainMessage(problem), hintFor(problem.missing, [...byId.keys()]));
      } else at(source, 'policy-extends-cycle', ['extends'], chainMessage(problem), 'Remove `extends` from one policy of the cycle.');
      continue;
    }
    policies.set(source.policy.id, applyChain(found.chain));
  }
  return { policies, diagnostics };
}

function hintFor(missing: string, known: string[]): string | undefined {
  const close = closestMatch(missing, known);
  return close ? `Did you mean "${close}"?` : known.length > 0 ? `Known policies: ${known.slice(0, 10).join(', ')}.` : undefined;
}
