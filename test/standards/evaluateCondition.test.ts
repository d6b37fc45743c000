import { describe, expect, it } from 'vitest';
import { describeCondition, evaluateCondition, type Condition, type PolicyDocument } from '@stepwise/policy';

const base: PolicyDocument = { id: 'p', title: 'P', version: '1.0.0', summary: 'S' };
const policy = (extra: Partial<PolicyDocument>): PolicyDocument => ({ ...base, ...extra });
const minLength: Condition = { field: 'rules.length.min', op: '>=', value: 15 };

describe('evaluateCondition', () => {
  it('compares a field and names the field, value and expectation that decided', () => {
    const result = evaluateCondition(minLength, policy({ rules: { length: { min: 12 } } }));
    expect(result.ok).toBe(false);
    expect(result.decisive).toEqual({ ok: false, field: 'rules.length.min', value: 12, expected: '>= 15' });
    expect(result.failed).toHaveLength(1);
    expect(evaluateCondition(minLength, policy({ rules: { length: { min: 15 } } })).ok).toBe(true);
  });

  it('treats an absent field as ifAbsent says: fail by default, pass, or unknown', () => {
    const empty = policy({});
    expect(evaluateCondition(minLength, empty).ok).toBe(false);
    expect(evaluateCondition({ field: 'lifecycle.maxAgeDays', op: '==', value: 0, ifAbsent: 'pass' }, empty).ok).toBe(true);
    expect(evaluateCondition({ field: 'lifecycle.hintsAllowed', op: '==', value: false, ifAbsent: 'unknown' }, empty).ok).toBe('unknown');
  });

  it('ignores the settings of a rule that is switched off or only warns', () => {
    const off = evaluateCondition(minLength, policy({ rules: { length: { min: 20, enabled: false } } }));
    expect(off.ok).toBe(false);
    expect(off.decisive.note).toBe('rules.length is switched off (enabled: false)');
    expect(evaluateCondition(minLength, policy({ rules: { length: { min: 20, severity: 'warning' } } })).decisive.value).toBeUndefined();
    expect(evaluateCondition({ field: 'rules.composition', op: 'absent' }, policy({ rules: { composition: { minClasses: 3, enabled: false } } })).ok).toBe(true);
  });

  it('applies the schema default for normalization', () => {
    const result = evaluateCondition({ field: 'normalization', op: '==', value: 'NFC' }, base);
    expect(result.ok).toBe(true);
    expect(result.decisive.value).toBe('NFC');
    expect(evaluateCondition({ field: 'normalization', op: '==', value: 'NFC' }, policy({ normalization: 'NFKC' })).ok).toBe(false);
  });

  it('supports between, in, includes, present and absent', () => {
    const p = policy({ lifecycle: { lockout: { threshold: 10 } }, rules: { blocklist: { terms: ['Contoso'] }, composition: { allowed: 'any' } } });
    expect(evaluateCondition({ field: 'lifecycle.lockout.threshold', op: 'between', value: [1, 10] }, p).ok).toBe(true);
    expect(evaluateCondition({ field: 'lifecycle.lockout.threshold', op: 'between', value: [1, 5] }, p).ok).toBe(false);
    expect(evaluateCondition({ field: 'rules.composition.allowed', op: 'in', value: ['any', 'printable-ascii'] }, p).ok).toBe(true);
    expect(evaluateCondition({ field: 'rules.blocklist.terms', op: 'includes', value: 'contoso' }, p).ok).toBe(true);
    expect(evaluateCondition({ field: 'rules.blocklist.terms', op: 'present' }, p).ok).toBe(true);
    expect(evaluateCondition({ field: 'lifecycle.history', op: 'absent' }, p).ok).toBe(true);
  });

  it('combines with Kleene logic: false beats unknown in all, true beats unknown in any', () => {
    const p = policy({ rules: { length: { min: 8 } } });
    const unknown: Condition = { field: 'lifecycle.pasteAllowed', op: '==', value: true, ifAbsent: 'unknown' };
    expect(evaluateCondition({ all: [unknown, minLength] }, p).ok).toBe(false);
    expect(evaluateCondition({ all: [unknown, { field: 'rules.length.min', op: '>=', value: 8 }] }, p).ok).toBe('unknown');
    expect(evaluateCondition({ any: [unknown, { field: 'rules.length.min', op: '>=', value: 8 }] }, p).ok).toBe(true);
    expect(evaluateCondition({ any: [unknown, minLength] }, p).ok).toBe('unknown');
    expect(evaluateCondition({ not: unknown }, p).ok).toBe('unknown');
    expect(evaluateCondition({ not: minLength }, p).ok).toBe(true);
  });

  it('reports every failed comparison of an all, not just the first', () => {
    const result = evaluateCondition({ all: [minLength, { field: 'lifecycle.history', op: '>=', value: 4 }] }, policy({ rules: { length: { min: 8 } } }));
    expect(result.failed.map((f) => f.field)).toEqual(['rules.length.min', 'lifecycle.history']);
    expect(result.decisive.field).toBe('rules.length.min');
  });

  it('exempts with unless, naming the exemption as the decisive field', () => {
    const clause: Condition = { require: minLength, unless: { field: 'lifecycle.mfaRequired', op: '==', value: true } };
    const withMfa = evaluateCondition(clause, policy({ rules: { length: { min: 8 } }, lifecycle: { mfaRequired: true } }));
    expect(withMfa.ok).toBe(true);
    expect(withMfa.decisive).toMatchObject({ field: 'lifecycle.mfaRequired', value: true });
    const without = evaluateCondition(clause, policy({ rules: { length: { min: 8 } } }));
    expect(without.ok).toBe(false);
    expect(without.decisive).toMatchObject({ field: 'rules.length.min', value: 8, expected: '>= 15' });
  });

  it('describes conditions in one line', () => {
    expect(describeCondition({ require: minLength, unless: { field: 'lifecycle.mfaRequired', op: '==', value: true } })).toBe('rules.length.min >= 15 unless lifecycle.mfaRequired == true');
    expect(describeCondition({ all: [{ field: 'lifecycle.maxAgeDays', op: '==', value: 0, ifAbsent: 'pass' }, { any: [{ field: 'lifecycle.lockout.threshold', op: 'between', value: [1, 10] }, { field: 'rules.composition', op: 'absent' }] }] })).toBe(
      'lifecycle.maxAgeDays == 0 (or not set) and (lifecycle.lockout.threshold between 1 and 10 or rules.composition is not set)',
    );
  });
});
