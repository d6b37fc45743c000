import { loadCommonPasswords } from '../blocklist/commonPasswords';
import { loadDefaultEstimator } from '../estimator/loadDefaultEstimator';
import type { PasswordContext, PolicyDocument } from '../types';
import { evaluatePassword, type EvaluateOptions } from './evaluatePassword';
import type { PasswordEvaluation } from './result';

/**
 * One-call form: loads the default estimator and common-password list on first use (lazily,
 * with `import()`), then evaluates. Later calls reuse what was loaded.
 */
export async function evaluatePasswordAsync(password: string, policy: PolicyDocument, context: PasswordContext = {}, options: EvaluateOptions = {}): Promise<PasswordEvaluation> {
  const resources = await loadEvaluationResources(options);
  return evaluatePassword(password, policy, context, resources);
}

/** The default estimator and list, loaded in parallel; options given by the caller win. */
export async function loadEvaluationResources(options: EvaluateOptions = {}): Promise<EvaluateOptions> {
  const [estimator, commonPasswords] = await Promise.all([options.estimator ?? loadDefaultEstimator(), options.commonPasswords ?? loadCommonPasswords()]);
  return { ...options, estimator, commonPasswords };
}
