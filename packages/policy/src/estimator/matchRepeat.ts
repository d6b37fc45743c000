import type { RepeatMatch } from './match';

/**
 * Repeated blocks (aaa, abcabcabc). zxcvbn finds them with backtracking regular expressions; here
 * a direct scan, bounded by the window: at each start, the period that covers the longest span.
 * `baseGuessesLog10` estimates one copy of the block (the estimator recurses on it).
 */
export function matchRepeat(password: string, baseGuessesLog10: (base: string) => number): RepeatMatch[] {
  const out: RepeatMatch[] = [];
  const n = password.length;
  let i = 0;
  while (i < n - 1) {
    let bestPeriod = 0;
    let bestLength = 0;
    for (let p = 1; p <= (n - i) >> 1; p++) {
      let k = i + p;
      while (k < n && password.charCodeAt(k) === password.charCodeAt(k - p)) k++;
      const span = k - i;
      const length = span - (span % p);
      if (length >= 2 * p && length > bestLength) {
        bestLength = length;
        bestPeriod = p;
      }
    }
    if (bestPeriod === 0) {
      i++;
      continue;
    }
    const base = password.slice(i, i + bestPeriod);
    out.push({ pattern: 'repeat', i, j: i + bestLength - 1, baseLength: bestPeriod, baseGuessesLog10: baseGuessesLog10(base), repeatCount: bestLength / bestPeriod });
    i += bestLength;
  }
  return out;
}
