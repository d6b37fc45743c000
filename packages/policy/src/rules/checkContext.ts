import type { RuleResult } from '../evaluate/result';
import type { ContextRule, PasswordContext } from '../types';
import { contextTerms } from './contextTerms';
import { ruleResult } from './ruleResult';

/** Case-insensitive containment of the account's own words (AD complexity, Entra, ASVS 6.2.11). */
export function checkContext(password: string, context: PasswordContext, rule: ContextRule): RuleResult {
  const lower = password.toLowerCase();
  const found = contextTerms(context, rule).filter(({ term }) => lower.includes(term));
  if (found.length > 0) {
    // The terms quoted are the caller's context values, not the password.
    const list = found.map(({ term, source }) => `the ${source} part "${term}"`).join(', ');
    return ruleResult('context', rule, false, `Contains ${list}.`, { hint: 'Leave out your name, account name and organisation.', measured: { found: found.length } });
  }
  return ruleResult('context', rule, true, 'Does not contain the account name or other context words.');
}
