import type { PolicyDocument, RuleId } from '@stepwise/policy';

const TITLES: Record<string, string> = {
  length: 'Length',
  composition: 'Character classes',
  strength: 'Hard to guess',
  blocklist: 'Not a common or banned password',
  context: 'Nothing from the account',
  repetition: 'No long repeats or sequences',
  breached: 'Not in a breach corpus',
  password: 'Valid characters',
  policy: 'Policy complete',
};

/** A rule id in plain words; a pattern rule by its own description. */
export function ruleTitle(rule: RuleId, policy: PolicyDocument): string {
  if (rule.startsWith('pattern:')) {
    const id = rule.slice('pattern:'.length);
    return policy.rules?.patterns?.find((p) => p.id === id)?.description ?? id;
  }
  return TITLES[rule] ?? rule;
}
