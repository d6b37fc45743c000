import type { PolicyDocument } from '../types';

/**
 * Merges a child policy over its parent. The rules, documented in the package README:
 * - mappings merge deeply, key by key (a child's `rules.length.min` keeps the parent's `max`);
 * - lists and scalars replace (a child's `blocklist.terms` replaces the parent's list);
 * - `enabled: false` in a child switches an inherited rule off (it is an ordinary scalar);
 * - `examples` and `enforcement` are not inherited: each policy's examples test that policy as
 *   written, and where it is enforced is its own deployment;
 * - identity fields (`id`, `title`, `version`, `summary`, `extends`, `emulates`,
 *   `emulatesLevel`, `$schema`)
 *   are the child's own.
 * Returns the merged policy and the dotted paths the child set.
 */
export function mergePolicy(parent: PolicyDocument, child: PolicyDocument): { merged: PolicyDocument; changed: string[] } {
  const changed: string[] = [];
  const merged: PolicyDocument = { id: child.id, title: child.title, version: child.version, summary: child.summary };
  if (child.$schema !== undefined) merged.$schema = child.$schema;
  if (child.extends !== undefined) merged.extends = child.extends;
  if (child.emulates !== undefined) merged.emulates = child.emulates;
  if (child.emulatesLevel !== undefined) merged.emulatesLevel = child.emulatesLevel;
  const normalization = child.normalization ?? parent.normalization;
  if (child.normalization !== undefined) changed.push('normalization');
  if (normalization !== undefined) merged.normalization = normalization;
  const rules = mergeValue(parent.rules, child.rules, 'rules', changed);
  if (rules !== undefined) merged.rules = rules as PolicyDocument['rules'];
  const lifecycle = mergeValue(parent.lifecycle, child.lifecycle, 'lifecycle', changed);
  if (lifecycle !== undefined) merged.lifecycle = lifecycle as PolicyDocument['lifecycle'];
  if (child.examples !== undefined) merged.examples = child.examples;
  // Where a policy is enforced is its own deployment, not inherited (issue 12).
  if (child.enforcement !== undefined) merged.enforcement = child.enforcement;
  return { merged, changed };
}

function mergeValue(parent: unknown, child: unknown, path: string, changed: string[]): unknown {
  if (child === undefined) return clone(parent);
  if (isMapping(parent) && isMapping(child)) {
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(parent), ...Object.keys(child)])) {
      const value = mergeValue(parent[key], child[key], `${path}.${key}`, changed);
      if (value !== undefined) defineKey(out, key, value);
    }
    return out;
  }
  changed.push(path);
  return clone(child);
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Plain data copy, so a resolved policy never aliases its parent's arrays. */
function clone(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(clone);
  if (isMapping(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) defineKey(out, k, clone(v));
    return out;
  }
  return value;
}

/** Own data property even for a key named `__proto__` (security reference item 2). */
function defineKey(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
