import { FILE_START, type Diagnostic } from '@stepwise/core';
import type { PolicyCode } from '../codes';
import type { PolicyDocument } from '../types';
import { mergePolicy } from './mergePolicy';

/** A policy with its `extends` chain applied. */
export interface ResolvedPolicy extends PolicyDocument {
  /** Ids from the root ancestor down to this policy (this policy's id last). */
  chain: string[];
  /** Per level of the chain, root first: the dotted fields that level set. */
  levels: { id: string; changed: string[] }[];
}

/**
 * A policy `evaluatePassword` accepts: one whose `extends` was resolved (`ResolvedPolicy`, from
 * `loadPolicy`, `resolvePolicy` or `resolvePolicies`), or one that extends nothing. A
 * `PolicyDocument` with `extends` is not one, so the compiler stops a parent being dropped.
 */
export type EvaluablePolicy = ResolvedPolicy | (PolicyDocument & { extends?: undefined });

/** True when the policy's `extends` chain has been applied (or there is none). */
export function isResolved(policy: PolicyDocument): policy is EvaluablePolicy {
  return policy.extends === undefined || Array.isArray((policy as Partial<ResolvedPolicy>).chain);
}

export type ChainProblem = { kind: 'unknown'; missing: string; chain: string[] } | { kind: 'cycle'; chain: string[] };

/** Walks `extends` up to the root; reports an unknown parent or a cycle. */
export function findChain(policy: PolicyDocument, lookup: (id: string) => PolicyDocument | undefined): { chain: PolicyDocument[] } | { problem: ChainProblem } {
  const chain: PolicyDocument[] = [policy];
  const ids = [policy.id];
  let current = policy;
  while (current.extends !== undefined) {
    const parentId = current.extends;
    if (ids.includes(parentId)) return { problem: { kind: 'cycle', chain: [...ids, parentId] } };
    const parent = lookup(parentId);
    if (!parent) return { problem: { kind: 'unknown', missing: parentId, chain: ids } };
    chain.push(parent);
    ids.push(parentId);
    current = parent;
  }
  return { chain: chain.reverse() };
}

/** Applies a found chain, root first. */
export function applyChain(chain: readonly PolicyDocument[]): ResolvedPolicy {
  const root = chain[0]!;
  let merged: PolicyDocument = { ...root };
  const levels = [{ id: root.id, changed: fieldsOf(root) }];
  for (const child of chain.slice(1)) {
    const step = mergePolicy(merged, child);
    merged = step.merged;
    levels.push({ id: child.id, changed: step.changed });
  }
  return { ...merged, chain: chain.map((p) => p.id), levels };
}

/**
 * Resolves one policy with a lookup for its ancestors (for callers that hold policies in
 * memory, such as the site). Problems come back as diagnostics without a source position; use
 * `resolvePolicies` to get them at the `extends` node.
 */
export function resolvePolicy(policy: PolicyDocument, lookup: (id: string) => PolicyDocument | undefined): { policy?: ResolvedPolicy; diagnostics: Diagnostic<PolicyCode>[] } {
  const found = findChain(policy, lookup);
  if ('problem' in found) {
    return { diagnostics: [{ code: found.problem.kind === 'unknown' ? 'policy-extends-unknown' : 'policy-extends-cycle', severity: 'error', message: chainMessage(found.problem), file: '<input>', range: FILE_START, path: ['extends'] }] };
  }
  return { policy: applyChain(found.chain), diagnostics: [] };
}

export function chainMessage(problem: ChainProblem): string {
  return problem.kind === 'unknown'
    ? `Policy "${problem.chain[problem.chain.length - 1]}" extends "${problem.missing}", which is not a known policy, so it is unresolved and cannot be evaluated.`
    : `Policies extend each other in a cycle: ${problem.chain.join(' -> ')}.`;
}

/** Dotted paths of every leaf a root policy sets, for its level in the chain. */
function fieldsOf(policy: PolicyDocument): string[] {
  const out: string[] = [];
  const walk = (value: unknown, path: string) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
    else out.push(path);
  };
  if (policy.normalization !== undefined) out.push('normalization');
  if (policy.rules) walk(policy.rules, 'rules');
  if (policy.lifecycle) walk(policy.lifecycle, 'lifecycle');
  return out;
}
