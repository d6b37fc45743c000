import type { RuleResult } from '../evaluate/result';
import type { LengthRule } from '../types';
import { ruleResult } from './ruleResult';

/** Length in code points against min and max; the password is never truncated (N4-3.1.1.2-9). */
export function checkLength(length: number, rule: LengthRule): RuleResult {
  const { min, max } = rule;
  const measured = { length };
  if (min !== undefined && length < min) {
    return ruleResult('length', rule, false, `Too short: ${length} characters, at least ${min} needed.`, { measured, hint: `Add ${min - length} more character${min - length === 1 ? '' : 's'}; a few extra words are easiest.` });
  }
  if (max !== undefined && length > max) {
    return ruleResult('length', rule, false, `Too long: ${length} characters, at most ${max} accepted.`, { measured, hint: `Remove ${length - max} characters.` });
  }
  const range = min !== undefined && max !== undefined ? `${min} to ${max}` : min !== undefined ? `at least ${min}` : max !== undefined ? `at most ${max}` : 'any number of';
  return ruleResult('length', rule, true, `${length} characters (${range} accepted).`, { measured });
}
