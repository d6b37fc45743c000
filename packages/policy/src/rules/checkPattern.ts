import type { RuleResult } from '../evaluate/result';
import type { PatternRule } from '../types';
import { compilePattern } from './compilePattern';
import { ruleResult } from './ruleResult';

/** An author's pattern, `reject` (must not match) or `require` (must match), in linear time. */
export function checkPattern(password: string, rule: PatternRule): RuleResult {
  const id = `pattern:${rule.id}` as const;
  const compiled = compilePattern(rule.pattern, rule.caseInsensitive ?? false);
  if (!compiled.ok) return ruleResult(id, rule, false, `Pattern "${rule.id}" cannot run: ${compiled.message}`);
  const found = compiled.regex.matcher(password).find();
  const mode = rule.mode ?? 'reject';
  const ok = mode === 'reject' ? !found : found;
  return ruleResult(id, rule, ok, ok ? `${mode === 'reject' ? 'Does not match' : 'Matches'}: ${rule.description}` : `${rule.description}`, { hint: mode === 'reject' ? 'Change the part the rule describes.' : 'Add what the rule describes.' });
}
