import type { PolicyDocument } from '../types';
import { describeComparison } from './describeCondition';
import { readPolicyField } from './readPolicyField';
import { isFieldCondition, type Condition, type FieldCondition, type Scalar } from './types';

/** Three-valued: `unknown` when the policy does not say and the condition asks to be told. */
export type Truth = true | false | 'unknown';

/** The outcome of one comparison: the field and value that decided it. */
export interface LeafResult {
  ok: Truth;
  field: string;
  /** The value in force; undefined when the policy does not set it. */
  value: unknown;
  /** What the clause asks, in words: `>= 15`, `between 1 and 10`, `absent`. */
  expected: string;
  note?: string;
}

export interface ConditionResult {
  ok: Truth;
  /** The comparison that decided the result (the first failing one, or the first that held). */
  decisive: LeafResult;
  /** Every comparison that failed, for explanations and conflict detection. */
  failed: LeafResult[];
}

/**
 * Evaluates a condition against a resolved policy. Pure and total: no eval, no exceptions, and
 * Kleene logic for `unknown` (all: false wins, then unknown; any: true wins, then unknown).
 */
export function evaluateCondition(condition: Condition, policy: PolicyDocument): ConditionResult {
  if (isFieldCondition(condition)) {
    const leaf = compare(condition, policy);
    return { ok: leaf.ok, decisive: leaf, failed: leaf.ok === false ? [leaf] : [] };
  }
  if ('all' in condition) {
    const results = condition.all.map((c) => evaluateCondition(c, policy));
    const failed = results.flatMap((r) => r.failed);
    const firstFalse = results.find((r) => r.ok === false);
    const firstUnknown = results.find((r) => r.ok === 'unknown');
    const decisive = (firstFalse ?? firstUnknown ?? results[0])!.decisive;
    return { ok: firstFalse ? false : firstUnknown ? 'unknown' : true, decisive, failed };
  }
  if ('any' in condition) {
    const results = condition.any.map((c) => evaluateCondition(c, policy));
    const firstTrue = results.find((r) => r.ok === true);
    if (firstTrue) return { ok: true, decisive: firstTrue.decisive, failed: [] };
    const firstUnknown = results.find((r) => r.ok === 'unknown');
    return { ok: firstUnknown ? 'unknown' : false, decisive: (firstUnknown ?? results[0])!.decisive, failed: results.flatMap((r) => r.failed) };
  }
  if ('not' in condition) {
    const inner = evaluateCondition(condition.not, policy);
    const ok: Truth = inner.ok === 'unknown' ? 'unknown' : !inner.ok;
    const decisive: LeafResult = { ...inner.decisive, ok, expected: `not ${inner.decisive.expected}` };
    return { ok, decisive, failed: ok === false ? [decisive] : [] };
  }
  // require + unless: the exemption first, so the reason shown is the one that decided.
  const unless = evaluateCondition(condition.unless, policy);
  if (unless.ok === true) return { ok: true, decisive: unless.decisive, failed: [] };
  const required = evaluateCondition(condition.require, policy);
  if (required.ok === true) return required;
  const ok: Truth = required.ok === 'unknown' || unless.ok === 'unknown' ? 'unknown' : false;
  return { ok, decisive: required.decisive, failed: required.failed };
}

function compare(condition: FieldCondition, policy: PolicyDocument): LeafResult {
  const reading = readPolicyField(policy, condition.field);
  const value = reading.value;
  const base = { field: condition.field, value, expected: describeComparison(condition), ...(reading.note ? { note: reading.note } : {}) };
  if (condition.op === 'present') return { ...base, ok: value !== undefined };
  if (condition.op === 'absent') return { ...base, ok: value === undefined };
  if (value === undefined) {
    const ifAbsent = condition.ifAbsent ?? 'fail';
    return { ...base, ok: ifAbsent === 'pass' ? true : ifAbsent === 'unknown' ? 'unknown' : false };
  }
  return { ...base, ok: holds(condition, value) };
}

function holds(condition: FieldCondition, value: unknown): boolean {
  const expected = condition.value;
  switch (condition.op) {
    case '==':
      return same(value, expected);
    case '!=':
      return !same(value, expected);
    case '>=':
      return typeof value === 'number' && typeof expected === 'number' && value >= expected;
    case '<=':
      return typeof value === 'number' && typeof expected === 'number' && value <= expected;
    case '>':
      return typeof value === 'number' && typeof expected === 'number' && value > expected;
    case '<':
      return typeof value === 'number' && typeof expected === 'number' && value < expected;
    case 'between': {
      const [low, high] = Array.isArray(expected) ? expected : [];
      return typeof value === 'number' && typeof low === 'number' && typeof high === 'number' && value >= low && value <= high;
    }
    case 'in':
      return Array.isArray(expected) && expected.some((e) => same(value, e));
    case 'includes':
      // Terms compare case-insensitively: a blocklist holding "Exchange" bans "exchange" too.
      return Array.isArray(value) && typeof expected === 'string' && value.some((v) => typeof v === 'string' && v.toLowerCase() === expected.toLowerCase());
    default:
      return false;
  }
}

function same(value: unknown, expected: Scalar | Scalar[] | undefined): boolean {
  return !Array.isArray(expected) && value === expected;
}
