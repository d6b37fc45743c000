import { useMemo } from 'react';
import type { PasswordContext, EvaluablePolicy } from '@stepwise/policy';
import type { Evaluator, StagedEvaluation } from '@stepwise/docusaurus-plugin/client';

/**
 * Evaluates on every change, synchronously (the estimator sees at most 256 code points, so one
 * evaluation stays within a frame); each evaluation is timed with a `performance.measure` entry
 * named `stepwise:evaluate` (durations only, never the text) for the benchmark. Undefined while
 * the field is empty or the evaluator is still loading.
 */
export function usePolicyEvaluation(password: string, policy: EvaluablePolicy | undefined, context: PasswordContext, evaluator: Evaluator | undefined): StagedEvaluation | undefined {
  return useMemo(() => {
    if (!policy || !evaluator || password.length === 0) return undefined;
    const start = performance.now();
    const evaluation = evaluator.evaluate(password, policy, context);
    performance.measure('stepwise:evaluate', { start, end: performance.now() });
    return evaluation;
  }, [password, policy, context, evaluator]);
}
