import { useMemo } from 'react';
import { evaluatePassword, type EvaluateOptions, type PasswordContext, type PasswordEvaluation, type PolicyDocument } from '@stepwise/policy';

export interface CheckerVerdict {
  evaluation: PasswordEvaluation;
  /** The strength rule waits for the dictionaries: its row shows "loading", the verdict waits too. */
  strengthPending: boolean;
}

/**
 * Evaluates on every change, synchronously (the estimator sees at most 256 code points, so one
 * evaluation stays within a frame); each evaluation is timed with a `performance.measure` entry
 * named `stepwise:evaluate` (durations only, never the text) for the benchmark.
 */
export function usePolicyEvaluation(password: string, policy: PolicyDocument | undefined, context: PasswordContext, resources: EvaluateOptions | undefined): CheckerVerdict | undefined {
  return useMemo(() => {
    if (!policy || password.length === 0) return undefined;
    const start = performance.now();
    const evaluation = evaluatePassword(password, policy, context, resources ?? {});
    performance.measure('stepwise:evaluate', { start, end: performance.now() });
    const strengthOn = policy.rules?.strength !== undefined && policy.rules.strength.enabled !== false;
    return { evaluation, strengthPending: strengthOn && !resources?.estimator };
  }, [password, policy, context, resources]);
}
