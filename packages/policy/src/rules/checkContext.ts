import { containsLookAlike } from '../blocklist/lookAlikes';
import type { RuleResult } from '../evaluate/result';
import type { ContextRule, PasswordContext } from '../types';
import { contextTerms } from './contextTerms';
import { ruleResult } from './ruleResult';

/**
 * Case-insensitive containment of the account's own words (AD complexity, Entra, ASVS 6.2.11).
 * Both sides are NFC-normalized, and look-alike characters in the password are undone in every
 * reading, so `J0rdanWh1tf1eld!` contains "whitfield" and, as Microsoft documents for Entra,
 * `p0LL23fb` contains "poll". Which words are compared (3+ characters, AD's separators) is
 * `contextTerms`' job and stays as Microsoft documents it.
 */
export function checkContext(password: string, context: PasswordContext, rule: ContextRule): RuleResult {
  const text = password.normalize('NFC').toLowerCase();
  const found = contextTerms(context, rule).filter(({ term }) => containsLookAlike(text, term));
  if (found.length > 0) {
    // The terms quoted are the caller's context values, not the password.
    const list = found.map(({ term, source }) => `the ${source} part "${term}"`).join(', ');
    return ruleResult('context', rule, false, `Contains ${list}.`, { hint: 'Leave out your name, account name and organisation, also with look-alike characters such as 0 for o.', measured: { found: found.length } });
  }
  return ruleResult('context', rule, true, 'Does not contain the account name or other context words.');
}
