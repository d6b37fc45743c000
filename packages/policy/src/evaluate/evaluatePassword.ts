import type { CommonPasswordList } from '../blocklist/commonPasswords';
import { checkBreached } from '../breach/checkBreached';
import type { BreachLookup } from '../breach/types';
import type { PasswordEstimator } from '../estimator/types';
import { isResolved, type EvaluablePolicy } from '../resolve/resolvePolicy';
import { checkBlocklist } from '../rules/checkBlocklist';
import { checkComposition } from '../rules/checkComposition';
import { checkContext } from '../rules/checkContext';
import { checkLength } from '../rules/checkLength';
import { checkPattern } from '../rules/checkPattern';
import { checkRepetition } from '../rules/checkRepetition';
import { ruleResult } from '../rules/ruleResult';
import type { PasswordContext, PolicyDocument, RuleCommon } from '../types';
import { checkPasswordText } from './checkPasswordText';
import { DEFAULT_ESTIMATOR_WINDOW, estimateStrength, type WindowedEstimate } from './estimateStrength';
import { codePointLength, normalizePassword } from './normalizePassword';
import type { PasswordEvaluation, RuleResult } from './result';

export interface EvaluateOptions {
  /** Strength estimator; without it the strength rule fails closed ("could not be checked"). */
  estimator?: PasswordEstimator;
  /** Common-password list for the blocklist rule. */
  commonPasswords?: CommonPasswordList;
  /** Code points the estimator sees at most; the rest is counted conservatively. Default 256. */
  estimatorWindow?: number;
  /**
   * The breach lookup for this password (`lookupBreach`, asynchronous), for the `breached` rule;
   * without it that rule reports "not checked". `evaluatePasswordAsync` does the lookup when
   * given a `breachSource`.
   */
  breach?: BreachLookup;
}

/**
 * Judges a password against a policy (resolved, or one without `extends`). Synchronous, so a
 * page can run it on every keystroke once the estimator and list are loaded; see
 * `evaluatePasswordAsync` for the one-call form. Every rule is reported, not just the first
 * failure (NIST SP 800-63B-4 §3.1.1.2: tell the user why). The result never holds the password.
 */
export function evaluatePassword(password: string, policy: EvaluablePolicy, context: PasswordContext = {}, options: EvaluateOptions = {}): PasswordEvaluation {
  // The types already refuse a PolicyDocument with `extends`; this catches untyped callers.
  if (!isResolved(policy)) {
    const unresolved = policy as PolicyDocument;
    return refused(unresolved.id, codePointLength(password), { rule: 'policy', ok: false, severity: 'error', message: `Policy "${unresolved.id}" extends "${unresolved.extends}", which was not resolved: its parent's rules would be missing, so no verdict is given.`, clauses: [], hint: 'Load it with loadPolicy (which resolves extends) or resolvePolicy/resolvePolicies.' });
  }
  const invalid = checkPasswordText(password);
  if (invalid) return refused(policy.id, codePointLength(password), invalid);
  const normalized = normalizePassword(password, policy.normalization ?? 'NFC');
  const length = codePointLength(normalized);
  const rules = policy.rules ?? {};
  const results: RuleResult[] = [];
  const on = (rule: RuleCommon | undefined): rule is RuleCommon => rule !== undefined && rule.enabled !== false;

  let estimate: WindowedEstimate | undefined;
  if (options.estimator) estimate = estimateStrength(options.estimator, normalized, userInputs(context), options.estimatorWindow ?? DEFAULT_ESTIMATOR_WINDOW);

  if (on(rules.length)) results.push(checkLength(length, rules.length));
  if (on(rules.composition)) results.push(checkComposition(normalized, rules.composition));
  if (on(rules.strength)) {
    const minScore = rules.strength.minScore ?? 3;
    if (!estimate) results.push(ruleResult('strength', rules.strength, false, 'Could not be checked: no strength estimator was given.', { hint: 'Pass an estimator (loadDefaultEstimator()) or use evaluatePasswordAsync.' }));
    else {
      const ok = estimate.score >= minScore;
      const message = ok ? `Strength ${estimate.score} of 4 (at least ${minScore} needed).` : `Too easy to guess: strength ${estimate.score} of 4, at least ${minScore} needed.`;
      results.push(ruleResult('strength', rules.strength, ok, message, { measured: { score: estimate.score, guessesLog10: estimate.guessesLog10 }, hint: estimate.feedback.warning ?? 'Add another word or two; uncommon words are better.' }));
    }
  }
  if (on(rules.blocklist)) results.push(checkBlocklist(normalized, context, rules.blocklist, options.commonPasswords));
  if (on(rules.breached)) results.push(checkBreached(rules.breached, options.breach));
  if (on(rules.context)) results.push(checkContext(normalized, context, rules.context));
  if (on(rules.repetition)) results.push(checkRepetition(normalized, rules.repetition));
  for (const pattern of rules.patterns ?? []) if (on(pattern)) results.push(checkPattern(normalized, pattern));

  // A rule that could not be checked (breached without a source) gives no advice: the person cannot act on it.
  const failed = results.filter((r) => !r.ok && r.checked !== false);
  const suggestions = distinctAdvice([...failed.map((r) => r.hint).filter((h): h is string => !!h), ...(estimate?.feedback.suggestions ?? [])]);
  const warning = estimate?.feedback.warning;
  return {
    ok: failed.every((r) => r.severity !== 'error'),
    policy: policy.id,
    length,
    rules: results,
    ...(estimate ? { strength: { score: estimate.score, guessesLog10: estimate.guessesLog10, estimated: estimate.estimated, beyondWindow: estimate.beyondWindow } } : {}),
    feedback: { ...(warning ? { warning } : {}), suggestions },
  };
}

/** A verdict without running the rules: the input or the policy cannot be judged. */
function refused(policy: string, length: number, result: RuleResult): PasswordEvaluation {
  return { ok: false, policy, length, rules: [result], feedback: { suggestions: result.hint ? [result.hint] : [] } };
}

/** Advice once each: the same sentence from a rule and from the estimator, punctuated differently, is one. */
function distinctAdvice(advice: readonly string[]): string[] {
  const seen = new Set<string>();
  return advice.filter((text) => {
    const key = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The context values the estimator treats as a dictionary (zxcvbn's user_inputs). */
export function userInputs(context: PasswordContext): string[] {
  const values = [context.userName, context.displayName, context.givenName, context.surname, context.email?.split('@')[0], context.organization, ...(context.words ?? [])];
  return values.filter((v): v is string => typeof v === 'string' && v.length > 0);
}
