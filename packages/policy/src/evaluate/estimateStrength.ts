import { scoreFromGuesses } from '../estimator/createEstimator';
import type { PasswordEstimator, StrengthEstimate } from '../estimator/types';

/** At most this many code points reach the estimator (security reference item 5). */
export const DEFAULT_ESTIMATOR_WINDOW = 256;

export interface WindowedEstimate extends StrengthEstimate {
  /** Code points the estimator saw. */
  estimated: number;
  /** Code points past the window, counted conservatively. */
  beyondWindow: number;
}

/**
 * Runs the estimator on the first `window` code points only (zxcvbn-family estimators are
 * super-linear) and counts the rest conservatively instead of ignoring it as zxcvbn-ts does:
 * a character past the window adds one digit of guesses (10, zxcvbn's brute-force cardinality)
 * only when the 3 UTF-16 units ending at it have not occurred before, so repeats, periodic
 * patterns and runs add next to nothing while new material adds what brute force would.
 * Linear in the length of the password.
 */
export function estimateStrength(estimator: PasswordEstimator, password: string, userInputs: readonly string[], window = DEFAULT_ESTIMATOR_WINDOW): WindowedEstimate {
  const headUnits = unitsOfFirstCodePoints(password, window);
  const estimate = estimator.estimate(password.slice(0, headUnits), userInputs);
  const estimated = countCodePoints(password, 0, headUnits);
  if (headUnits === password.length) return { ...estimate, estimated, beyondWindow: 0 };
  const beyondWindow = countCodePoints(password, headUnits, password.length);
  // 3 units of 16 bits fit exactly in a double (48 bits), so a Set of numbers stands for the grams.
  const gram = (k: number) => password.charCodeAt(k - 2) * 4294967296 + password.charCodeAt(k - 1) * 65536 + password.charCodeAt(k);
  const seen = new Set<number>();
  for (let k = 2; k < headUnits; k++) seen.add(gram(k));
  let novel = 0;
  for (let k = Math.max(headUnits, 2); k < password.length; k++) {
    const g = gram(k);
    if (seen.has(g)) continue;
    seen.add(g);
    const unit = password.charCodeAt(k);
    if (unit < 0xdc00 || unit > 0xdfff) novel++;
  }
  const guessesLog10 = Math.round((estimate.guessesLog10 + novel + Math.log10(beyondWindow + 1)) * 1000) / 1000;
  const score = scoreFromGuesses(guessesLog10);
  return { score, guessesLog10, feedback: score > 2 && score > estimate.score ? { suggestions: [] } : estimate.feedback, estimated, beyondWindow };
}

/** UTF-16 length of the first `count` code points. */
function unitsOfFirstCodePoints(text: string, count: number): number {
  let units = 0;
  for (let seen = 0; seen < count && units < text.length; seen++) {
    const c = text.charCodeAt(units);
    units += c >= 0xd800 && c <= 0xdbff && units + 1 < text.length ? 2 : 1;
  }
  return units;
}

function countCodePoints(text: string, from: number, to: number): number {
  let count = 0;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c < 0xdc00 || c > 0xdfff || k === from) count++;
  }
  return count;
}
