import type { ParsedNative } from '../export/types';
import { noEquivalent, type MappedPolicy } from './mappedPolicy';

/** AD password policy properties as policy rules and lifecycle; see adSettings for the mapping. */
export function adToPolicy(native: ParsedNative, file: string): MappedPolicy {
  const s = native.settings;
  const out: MappedPolicy = { rules: {}, lifecycle: {}, diagnostics: [] };
  const num = (name: string) => (typeof s[name] === 'number' ? (s[name] as number) : undefined);
  const length = num('MinPasswordLength');
  if (length !== undefined && length > 0) out.rules.length = { min: length, max: 256 };
  if (s.ComplexityEnabled === true) {
    out.rules.composition = { classes: 'ad', minClasses: 3 };
    out.rules.context = { accountName: true, displayName: true };
  }
  const set = (value: number | undefined, apply: (v: number) => void) => value !== undefined && apply(value);
  set(num('MaxPasswordAge'), (v) => (out.lifecycle.maxAgeDays = v));
  set(num('MinPasswordAge'), (v) => (out.lifecycle.minAgeDays = v));
  set(num('PasswordHistoryCount'), (v) => (out.lifecycle.history = v));
  const lockout = { ...(num('LockoutThreshold') !== undefined ? { threshold: num('LockoutThreshold')! } : {}), ...(num('LockoutDuration') !== undefined ? { durationMinutes: num('LockoutDuration')! } : {}), ...(num('LockoutObservationWindow') !== undefined ? { resetAfterMinutes: num('LockoutObservationWindow')! } : {}) };
  if (Object.keys(lockout).length > 0) out.lifecycle.lockout = lockout;
  if (typeof s.ReversibleEncryptionEnabled === 'boolean') out.lifecycle.reversibleEncryption = s.ReversibleEncryptionEnabled;
  if (s.Name !== undefined) out.diagnostics.push(noEquivalent(native, file, 'Name', 'the policy id names the policy; pass --fine-grained-name when exporting.'));
  if (s.Precedence !== undefined) out.diagnostics.push(noEquivalent(native, file, 'Precedence', 'which policy applies to whom is deployment, not policy; pass --precedence when exporting.'));
  if (s.AppliesTo !== undefined) out.diagnostics.push(noEquivalent(native, file, 'AppliesTo', 'which groups a policy applies to is deployment, not policy; pass --applies-to when exporting.'));
  return out;
}
