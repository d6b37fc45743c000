import type { RepeatMatch } from './match';

/**
 * Repeated blocks (aaa, abcabcabc), as zxcvbn 4.4.2's repeat_match finds them with the
 * backtracking expressions /(.+)\1+/g (greedy) and /(.+?)\1+/g (lazy), here by direct comparison:
 * from the leftmost position where a block repeats, the longer of the longest block repeated and
 * the shortest block repeated; its base is the shortest block that makes up the whole run
 * (zxcvbn's /^(.+?)\1+$/). `baseGuessesLog10` estimates one copy (the estimator recurses on it).
 */
export function matchRepeat(password: string, baseGuessesLog10: (base: string) => number): RepeatMatch[] {
  const out: RepeatMatch[] = [];
  const n = password.length;
  const same = (a: number, b: number, length: number): boolean => {
    for (let d = 0; d < length; d++) if (password.charCodeAt(a + d) !== password.charCodeAt(b + d)) return false;
    return true;
  };
  /** Length of the run of copies of password[i, i + p) starting at i (at least 2 copies known). */
  const runLength = (i: number, p: number): number => {
    let end = i + 2 * p;
    while (end + p <= n && same(i, end, p)) end += p;
    return end - i;
  };
  let i = 0;
  while (i < n - 1) {
    let shortest = 0;
    let longest = 0;
    for (let p = 1; 2 * p <= n - i; p++) {
      if (!same(i, i + p, p)) continue;
      if (shortest === 0) shortest = p;
      longest = p;
    }
    if (shortest === 0) {
      i++;
      continue;
    }
    const lazyLength = runLength(i, shortest);
    const greedyLength = runLength(i, longest);
    let length = lazyLength;
    let base = shortest;
    if (greedyLength > lazyLength) {
      length = greedyLength;
      base = smallestPeriod(password, i, greedyLength, same);
    }
    out.push({ pattern: 'repeat', i, j: i + length - 1, baseLength: base, baseGuessesLog10: baseGuessesLog10(password.slice(i, i + base)), repeatCount: length / base });
    i += length;
  }
  return out;
}

/** The shortest block that, repeated 2+ times, makes up password[i, i + length). */
function smallestPeriod(password: string, i: number, length: number, same: (a: number, b: number, length: number) => boolean): number {
  for (let p = 1; 2 * p <= length; p++) {
    if (length % p === 0 && same(i, i + p, length - p)) return p;
  }
  return length;
}
