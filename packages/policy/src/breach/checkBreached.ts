import type { RuleResult } from '../evaluate/result';
import { ruleResult } from '../rules/ruleResult';
import type { BreachedRule } from '../types';
import type { BreachLookup } from './types';

/**
 * The `breached` rule from a lookup done beforehand (`lookupBreach`, asynchronous; evaluation
 * stays synchronous). Without a lookup the rule says plainly that it was not checked: a warning
 * with `checked: false`, never a pass, and never a rejection the person could do nothing about.
 */
export function checkBreached(rule: BreachedRule, lookup: BreachLookup | undefined): RuleResult {
  if (!lookup) {
    return { ...ruleResult('breached', { ...rule, severity: 'warning' }, false, 'Not checked: no breach source was given (a local Pwned Passwords file or a range service).', { hint: 'Give a breach file (stepwise check --breach-file) or a range lookup to check this.' }), checked: false };
  }
  if (lookup.status === 'error') {
    const where = lookup.problem.line !== undefined ? `${lookup.problem.source}:${lookup.problem.line}` : lookup.problem.source;
    return { ...ruleResult('breached', { ...rule, severity: 'warning' }, false, `Not checked: the breach source failed (${where}: ${lookup.problem.message})`), checked: false };
  }
  const minCount = rule.minCount ?? 1;
  if (lookup.status === 'found' && lookup.count >= minCount) {
    return ruleResult('breached', rule, false, `This password is in a breach corpus (seen ${lookup.count.toLocaleString('en')} time${lookup.count === 1 ? '' : 's'}).`, { hint: 'Attackers try breached passwords first: choose one that has never been used anywhere.', measured: { count: lookup.count } });
  }
  return ruleResult('breached', rule, true, 'Not found in the breach corpus.', lookup.status === 'found' ? { measured: { count: lookup.count } } : {});
}
