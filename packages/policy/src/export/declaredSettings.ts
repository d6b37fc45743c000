import type { PolicyDocument, RuleCommon } from '../types';
import type { Fidelity, FidelityEntry } from './types';

/**
 * The settings a policy declares, as dotted paths: every field of every enabled rule (patterns
 * by id) and every lifecycle setting. A fidelity report has one entry per path, so nothing the
 * policy says is left out of "where this policy can be enforced".
 */
export function declaredSettings(policy: PolicyDocument): string[] {
  const paths: string[] = [];
  const rules = policy.rules ?? {};
  const META = new Set(['enabled', 'severity', 'clauses', 'rationale']);
  for (const [name, rule] of Object.entries(rules)) {
    if (name === 'patterns') {
      for (const pattern of rule as { id: string; enabled?: boolean }[]) if (pattern.enabled !== false) paths.push(`rules.patterns.${pattern.id}`);
      continue;
    }
    if ((rule as RuleCommon).enabled === false) continue;
    const fields = Object.keys(rule as object).filter((k) => !META.has(k));
    if (fields.length === 0) paths.push(`rules.${name}`);
    for (const field of fields) {
      if (name === 'composition' && field === 'minimum') for (const cls of Object.keys((rule as { minimum: object }).minimum)) paths.push(`rules.composition.minimum.${cls}`);
      else paths.push(`rules.${name}.${field}`);
    }
  }
  for (const [field, value] of Object.entries(policy.lifecycle ?? {})) {
    if (field === 'lockout' && value && typeof value === 'object') for (const key of Object.keys(value)) paths.push(`lifecycle.lockout.${key}`);
    else paths.push(`lifecycle.${field}`);
  }
  return paths;
}

/** The value at a dotted path of `declaredSettings` (patterns by id). */
export function settingValue(policy: PolicyDocument, path: string): unknown {
  const parts = path.split('.');
  if (parts[0] === 'rules' && parts[1] === 'patterns') return policy.rules?.patterns?.find((p) => p.id === parts[2]);
  let value: unknown = policy;
  for (const part of parts) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/**
 * Builds the report: the mapper says how each path is carried; any declared path it does not
 * mention is reported as not enforceable, so a new schema field can never be silently "exact".
 */
export function fidelityReport(policy: PolicyDocument, mapped: readonly FidelityEntry[], fallback: (path: string) => string): FidelityEntry[] {
  const byPath = new Map(mapped.map((e) => [e.setting, e]));
  return declaredSettings(policy).map((path) => byPath.get(path) ?? { setting: path, fidelity: 'not-enforceable', detail: fallback(path) });
}

/**
 * Targets that count bytes (libpwquality) or UTF-16 code units (Windows, Java) agree with
 * Stepwise, which counts code points after normalization, only on ASCII text. None of them
 * refuses non-ASCII input by itself, so even a policy that allows only printable ASCII does not
 * make them exact: the mapping is exact for ASCII passwords and approximate beyond.
 */
export function unicodeFidelity(_policy: PolicyDocument, unit: string): { fidelity: Fidelity; exactForAscii?: true; caveat: string } {
  return { fidelity: 'approximate', exactForAscii: true, caveat: ` Exact for ASCII passwords; the target counts ${unit}, so other characters count differently.` };
}

/** One entry, with the ASCII caveat folded in when the mapping is otherwise exact. */
export function entry(setting: string, native: string[], detail: string, base: Fidelity, unicode?: ReturnType<typeof unicodeFidelity>): FidelityEntry {
  if (base === 'exact' && unicode && unicode.fidelity !== 'exact') return { setting, fidelity: 'approximate', detail: `${detail}${unicode.caveat}`, ...(native.length > 0 ? { native } : {}), exactForAscii: true };
  return { setting, fidelity: base, detail, ...(native.length > 0 ? { native } : {}) };
}
