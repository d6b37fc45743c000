import { scoreFromGuesses } from '../estimator/createEstimator';
import type { PasswordEstimator, StrengthEstimate } from '../estimator/types';

/** At most this many code points reach the estimator (security reference item 5). */
export const DEFAULT_ESTIMATOR_WINDOW = 256;
/** The n-gram that must be new for a character past the window to count. */
const NOVELTY_GRAM = 4;

export interface WindowedEstimate extends StrengthEstimate {
  estimated: number;
  beyondWindow: number;
}

/**
 * Runs the estimator on the first `window` code points only (zxcvbn-family estimators are
 * super-linear) and counts the rest conservatively instead of ignoring it, as zxcvbn-ts does:
 * a character past the window adds one digit of guesses (10, zxcvbn's brute-force cardinality)
 * only when the 4 characters ending at it have not been seen before, so repeats, periodic
 * patterns and long runs add almost nothing, while new material adds what brute force would.
 * Linear in the length of the password.
 */
export function estimateStrength(estimator: PasswordEstimator, chars: readonly string[], userInputs: readonly string[], window = DEFAULT_ESTIMATOR_WINDOW): WindowedEstimate {
  const head = chars.length > window ? chars.slice(0, window) : chars;
  const estimate = estimator.estimate(head.join(''), userInputs);
  const beyondWindow = chars.length - head.length;
  if (beyondWindow === 0) return { ...estimate, estimated: head.length, beyondWindow };
  // Grams over UTF-16 units (cheap slicing); a low surrogate never counts on its own.
  const text = chars.join('');
  const headUnits = head.join('').length;
  const seen = new Set<string>();
  for (let k = NOVELTY_GRAM; k <= headUnits; k++) seen.add(text.slice(k - NOVELTY_GRAM, k));
  let novel = 0;
  for (let k = headUnits + 1; k <= text.length; k++) {
    const gram = text.slice(Math.max(0, k - NOVELTY_GRAM), k);
    if (seen.has(gram)) continue;
    seen.add(gram);
    const unit = text.charCodeAt(k - 1);
    if (unit < 0xdc00 || unit > 0xdfff) novel++;
  }
  const guessesLog10 = Math.round((estimate.guessesLog10 + novel + Math.log10(beyondWindow + 1)) * 1000) / 1000;
  const score = scoreFromGuesses(guessesLog10);
  return { score, guessesLog10, feedback: score > estimate.score && score > 2 ? { suggestions: [] } : estimate.feedback, estimated: head.length, beyondWindow };
}
