import type { PolicyDocument } from '../types';

export interface FieldReading {
  /** The value in force, or undefined when the policy does not set it (or the rule is off). */
  value: unknown;
  /** Why a value that is written in the file does not count, for explanations. */
  note?: string;
}

/**
 * Values the engine assumes when a policy leaves a field out, listed here so that conformance
 * judges what the engine enforces. Only schema-documented defaults belong here.
 */
const FIELD_DEFAULTS: Readonly<Record<string, unknown>> = {
  // policy.schema.json: "Default NFC" (NIST SP 800-63B-4 §3.1.1.2 asks for NFC).
  normalization: 'NFC',
};

/**
 * Reads a dotted field from a resolved policy, as the engine would enforce it: a rule that is
 * switched off (`enabled: false`) or only advises (`severity: warning`) rejects nothing, so its
 * settings count as absent. A standard asking for "min length >= 15" is not met by a warning.
 */
export function readPolicyField(policy: PolicyDocument, field: string): FieldReading {
  const parts = field.split('.');
  if (parts[0] === 'rules' && parts.length >= 2 && parts[1] !== 'patterns') {
    const rule = (policy.rules as Record<string, { enabled?: boolean; severity?: string } | undefined> | undefined)?.[parts[1]!];
    if (rule && rule.enabled === false) return { value: undefined, note: `rules.${parts[1]} is switched off (enabled: false)` };
    if (rule && rule.severity === 'warning') return { value: undefined, note: `rules.${parts[1]} only warns (severity: warning)` };
  }
  let value: unknown = policy;
  for (const part of parts) {
    value = value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, part) ? (value as Record<string, unknown>)[part] : undefined;
    if (value === undefined) break;
  }
  if (field === 'rules.patterns' && Array.isArray(value)) {
    const active = value.filter((p: { enabled?: boolean; severity?: string }) => p.enabled !== false && p.severity !== 'warning');
    return active.length > 0 ? { value: active } : { value: undefined, note: 'no pattern rule is in force' };
  }
  if (value === undefined && Object.hasOwn(FIELD_DEFAULTS, field)) return { value: FIELD_DEFAULTS[field], note: 'not set; the engine default applies' };
  return { value };
}
