import { BRUTEFORCE_CARDINALITY, matchGuessesLog10 } from './guesses';
import type { BruteforceMatch, Match } from './match';

/** zxcvbn's penalty for each extra match in a sequence: 10,000 guesses per pattern. */
const MIN_GUESSES_BEFORE_GROWING_LOG10 = 4;
/**
 * Sequence lengths kept per end index. zxcvbn keeps all of them, which is what makes it take
 * seconds on long repetitive input (every position ends a dictionary match of `aaa...`); keeping
 * the few cheapest makes the search O(n * match ends) and changes estimates only where they are
 * far past the top score threshold (each extra match costs 10^4 guesses).
 */
const MAX_LENGTHS_PER_END = 4;

export interface GuessableSequence {
  guessesLog10: number;
  sequence: Match[];
}

/**
 * zxcvbn's most_guessable_match_sequence: dynamic programming over (end index, number of
 * matches) for the cover of the password with the fewest total guesses,
 * guesses = l! * prod(match guesses) + 10000^(l-1). Kept in log10 so long windows cannot
 * overflow to Infinity.
 */
export function mostGuessableSequence(password: string, matches: readonly Match[]): GuessableSequence {
  const n = password.length;
  if (n === 0) return { guessesLog10: 0, sequence: [] };
  const byEnd: Match[][] = Array.from({ length: n }, () => []);
  for (const m of matches) byEnd[m.j]!.push(m);
  for (const list of byEnd) list.sort((a, b) => a.i - b.i);

  // For each end index k: sequence length l -> best match ending at k, its product and total.
  const best: Map<number, { match: Match; piLog: number; gLog: number }>[] = Array.from({ length: n }, () => new Map());
  const logFactorial = [0];
  for (let l = 1; l <= n + 1; l++) logFactorial.push(logFactorial[l - 1]! + Math.log10(l));

  const update = (match: Match, l: number): void => {
    const k = match.j;
    let piLog = matchGuessesLog10(match, n);
    if (l > 1) piLog += best[match.i - 1]!.get(l - 1)!.piLog;
    const gLog = logAdd(logFactorial[l]! + piLog, MIN_GUESSES_BEFORE_GROWING_LOG10 * (l - 1));
    for (const [competingL, competing] of best[k]!) {
      if (competingL > l) continue;
      if (competing.gLog <= gLog) return;
    }
    const entries = best[k]!;
    entries.set(l, { match, piLog, gLog });
    if (entries.size > MAX_LENGTHS_PER_END) {
      let worstL = l;
      let worstG = -Infinity;
      for (const [candidateL, candidate] of entries) {
        if (candidate.gLog > worstG) {
          worstG = candidate.gLog;
          worstL = candidateL;
        }
      }
      entries.delete(worstL);
    }
  };

  const bruteforce = (i: number, j: number): BruteforceMatch => ({ pattern: 'bruteforce', i, j });
  // A brute-force run from i to k appended to a sequence of length l ending at i - 1 costs
  // piLog(i - 1, l) + (k - i + 1). For each l, the best start is the one minimising
  // piLog - i, independent of k: keeping that running minimum makes each step O(lengths) instead
  // of zxcvbn's O(k * lengths), with the same result.
  const bestStart = new Map<number, { value: number; i: number }>();
  const bruteforceUpdate = (k: number): void => {
    update(bruteforce(0, k), 1);
    for (const [l, start] of bestStart) {
      // Dominated by one brute-force run over the whole prefix (10^(k+1) guesses).
      if (MIN_GUESSES_BEFORE_GROWING_LOG10 * l > k + 1) continue;
      update(bruteforce(start.i, k), l + 1);
    }
  };
  const recordStarts = (k: number): void => {
    // Adjacent brute-force runs are never better than one, so only other patterns may precede one.
    for (const [l, entry] of best[k]!) {
      if (entry.match.pattern === 'bruteforce') continue;
      const value = entry.piLog - (k + 1);
      const current = bestStart.get(l);
      if (!current || value < current.value) bestStart.set(l, { value, i: k + 1 });
    }
  };

  for (let k = 0; k < n; k++) {
    for (const m of byEnd[k]!) {
      if (m.i > 0) for (const l of best[m.i - 1]!.keys()) update(m, l + 1);
      else update(m, 1);
    }
    bruteforceUpdate(k);
    recordStarts(k);
  }

  // Unwind from the end along the cheapest length.
  let bestL = 0;
  let bestG = Infinity;
  for (const [l, entry] of best[n - 1]!) {
    if (entry.gLog < bestG) {
      bestG = entry.gLog;
      bestL = l;
    }
  }
  const sequence: Match[] = [];
  let k = n - 1;
  let l = bestL;
  while (k >= 0) {
    const entry = best[k]!.get(l)!;
    sequence.unshift(entry.match);
    k = entry.match.i - 1;
    l--;
  }
  return { guessesLog10: bestG, sequence };
}

/** log10(10^a + 10^b) without leaving log space. */
function logAdd(a: number, b: number): number {
  const hi = Math.max(a, b);
  const lo = Math.min(a, b);
  return hi + Math.log10(1 + 10 ** (lo - hi));
}

export { BRUTEFORCE_CARDINALITY };
