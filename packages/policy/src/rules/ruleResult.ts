import type { RuleResult, RuleId } from '../evaluate/result';
import type { RuleCommon } from '../types';

/** Builds a rule's result with the policy's severity and clauses (default severity: error). */
export function ruleResult(rule: RuleId, common: RuleCommon, ok: boolean, message: string, extra: Pick<RuleResult, 'hint' | 'measured'> = {}): RuleResult {
  const clauses = common.clauses ?? [];
  return {
    rule,
    ok,
    severity: common.severity ?? 'error',
    message,
    clauses,
    ...(clauses[0] ? { clause: clauses[0] } : {}),
    ...(!ok && extra.hint ? { hint: extra.hint } : {}),
    ...(extra.measured ? { measured: extra.measured } : {}),
  };
}
