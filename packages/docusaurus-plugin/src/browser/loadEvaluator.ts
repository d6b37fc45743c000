import type { EvaluablePolicy, GeneratedPassword, GenerateOptions, PasswordContext, PasswordEvaluation } from '@stepwise/policy';

/** The policy engine with its estimator and common-password list loaded and bound. */
export interface Evaluator {
  evaluate(password: string, policy: EvaluablePolicy, context: PasswordContext): PasswordEvaluation;
  /** The generator with the same estimator and list (the random source is the caller's). */
  generate(policy: EvaluablePolicy, options: Omit<GenerateOptions, 'estimator' | 'commonPasswords'>): Promise<GeneratedPassword>;
}

let pending: Promise<Evaluator> | undefined;

/**
 * Loads the engine chunk and the dictionaries once per page (every checker and generator on the
 * page shares them). Only the site's own chunks are fetched; nothing is sent.
 */
export function loadEvaluator(): Promise<Evaluator> {
  pending ??= import('./policyEngine').then(async (engine) => {
    const resources = await engine.loadEvaluationResources();
    // One estimate per password however many policies judge it (the compare view).
    const options = { ...resources, ...(resources.estimator ? { estimator: engine.sharedEstimator(resources.estimator) } : {}) };
    return {
      evaluate: (password, policy, context) => engine.evaluatePassword(password, policy, context, options),
      generate: (policy, generateOptions) => engine.generatePassword(policy, { ...options, ...generateOptions }),
    };
  });
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
