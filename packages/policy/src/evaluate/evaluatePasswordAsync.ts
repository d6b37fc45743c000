import { loadCommonPasswords } from '../blocklist/commonPasswords';
import { lookupBreach } from '../breach/lookupBreach';
import type { BreachSource, Sha1Digest } from '../breach/types';
import { loadDefaultEstimator } from '../estimator/loadDefaultEstimator';
import type { EvaluablePolicy } from '../resolve/resolvePolicy';
import type { PasswordContext } from '../types';
import { evaluatePassword, type EvaluateOptions } from './evaluatePassword';
import { normalizePassword } from './normalizePassword';
import type { PasswordEvaluation } from './result';

export interface EvaluateAsyncOptions extends EvaluateOptions {
  /** Where the `breached` rule looks: a local Pwned Passwords file or a range service. */
  breachSource?: BreachSource;
  /** SHA-1 for the breach lookup; default WebCrypto. */
  sha1?: Sha1Digest;
}

/**
 * One-call form: loads the default estimator and common-password list on first use (lazily,
 * with `import()`), looks the password up in the breach source when the policy has a `breached`
 * rule and a source is given, then evaluates. Later calls reuse what was loaded.
 */
export async function evaluatePasswordAsync(password: string, policy: EvaluablePolicy, context: PasswordContext = {}, options: EvaluateAsyncOptions = {}): Promise<PasswordEvaluation> {
  const resources = await loadEvaluationResources(options);
  const rule = policy.rules?.breached;
  const wantsBreach = rule !== undefined && rule.enabled !== false && options.breachSource !== undefined && options.breach === undefined;
  // The hash is of the password as the rules see it (normalized), which is what would be stored.
  const breach = wantsBreach ? await lookupBreach(normalizePassword(password, policy.normalization ?? 'NFC'), options.breachSource!, options.sha1 ? { sha1: options.sha1 } : {}) : options.breach;
  return evaluatePassword(password, policy, context, { ...resources, ...(breach ? { breach } : {}) });
}

/** The default estimator and list, loaded in parallel; options given by the caller win. */
export async function loadEvaluationResources(options: EvaluateOptions = {}): Promise<EvaluateOptions> {
  const [estimator, commonPasswords] = await Promise.all([options.estimator ?? loadDefaultEstimator(), options.commonPasswords ?? loadCommonPasswords()]);
  return { ...options, estimator, commonPasswords };
}
