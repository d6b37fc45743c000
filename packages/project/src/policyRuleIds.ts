import type { PolicyDocument } from '@stepwise/policy';

/**
 * The rule ids a policy defines, as runbook steps cite them (`rules:`) and evaluation results
 * name them: each enabled rule kind, `pattern:<id>` for each pattern, and `lifecycle.<field>`
 * for each lifecycle setting (plus `lifecycle.lockout` as a whole).
 */
export function policyRuleIds(policy: PolicyDocument): Set<string> {
  const ids = new Set<string>();
  for (const [kind, rule] of Object.entries(policy.rules ?? {})) {
    if (kind === 'patterns') {
      for (const pattern of policy.rules?.patterns ?? []) if (pattern.enabled !== false) ids.add(`pattern:${pattern.id}`);
    } else if (rule && typeof rule === 'object' && (rule as { enabled?: boolean }).enabled !== false) {
      ids.add(kind);
    }
  }
  for (const key of Object.keys(policy.lifecycle ?? {})) ids.add(`lifecycle.${key}`);
  return ids;
}
