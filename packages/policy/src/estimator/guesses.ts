import { REFERENCE_YEAR } from './matchDates';
import type { DictionaryMatch, Match, SpatialMatch } from './match';

/**
 * Guess counts per pattern, in log10 so that nothing overflows, with zxcvbn 4.4.2's formulas
 * (scoring.coffee): the estimate is what an attacker who knows the pattern must try.
 */
export const BRUTEFORCE_CARDINALITY = 10;
const MIN_SUBMATCH_SINGLE = Math.log10(10);
const MIN_SUBMATCH_MULTI = Math.log10(50);
const MIN_YEAR_SPACE = 20;

// Key count and average degree zxcvbn 4.4.2 computes from its qwerty graph (used for qwerty and
// dvorak) and from its keypad graph (keypad and mac_keypad): scoring.coffee, spatial_guesses.
const KEYBOARD = { starts: 94, degree: 4.595744680851064 } as const;
const KEYPAD = { starts: 15, degree: 5.066666666666666 } as const;

export function matchGuessesLog10(match: Match, passwordLength: number): number {
  if (match.guessesLog10 !== undefined) return match.guessesLog10;
  const length = match.j - match.i + 1;
  let minimum = 0;
  if (length < passwordLength) minimum = length === 1 ? MIN_SUBMATCH_SINGLE : MIN_SUBMATCH_MULTI;
  match.guessesLog10 = Math.max(rawGuessesLog10(match, length), minimum);
  return match.guessesLog10;
}

function rawGuessesLog10(match: Match, length: number): number {
  switch (match.pattern) {
    case 'bruteforce':
      return Math.max(length * Math.log10(BRUTEFORCE_CARDINALITY), Math.log10(length === 1 ? 11 : 51));
    case 'repeat':
      return match.baseGuessesLog10 + Math.log10(match.repeatCount);
    case 'sequence': {
      let base = /[aAzZ019]/.test(match.first) ? 4 : /\d/.test(match.first) ? 10 : 26;
      if (!match.ascending) base *= 2;
      return Math.log10(base * length);
    }
    case 'year':
      return Math.log10(Math.max(Math.abs(match.year - REFERENCE_YEAR), MIN_YEAR_SPACE));
    case 'date':
      return Math.log10(Math.max(Math.abs(match.year - REFERENCE_YEAR), MIN_YEAR_SPACE) * 365 * (match.separator ? 4 : 1));
    case 'spatial':
      return spatialGuessesLog10(match, length);
    case 'dictionary':
      return dictionaryGuessesLog10(match);
  }
}

function spatialGuessesLog10(match: SpatialMatch, length: number): number {
  const { starts, degree } = match.graph === 'qwerty' || match.graph === 'dvorak' ? KEYBOARD : KEYPAD;
  let guesses = 0;
  for (let i = 2; i <= length; i++) {
    const possibleTurns = Math.min(match.turns, i - 1);
    for (let j = 1; j <= possibleTurns; j++) guesses += binomial(i - 1, j - 1) * starts * degree ** j;
  }
  let log = Math.log10(Math.max(guesses, 1));
  if (match.shifted > 0) {
    const unshifted = length - match.shifted;
    if (unshifted === 0) log += Math.log10(2);
    else log += Math.log10(variations(match.shifted, unshifted));
  }
  return log;
}

function dictionaryGuessesLog10(match: DictionaryMatch): number {
  let log = Math.log10(match.rank) + Math.log10(uppercaseVariations(match.token));
  for (const { subbed, unsubbed } of match.l33t ?? []) log += Math.log10(subbed === 0 || unsubbed === 0 ? 2 : variations(subbed, unsubbed));
  if (match.reversed) log += Math.log10(2);
  return log;
}

function uppercaseVariations(token: string): number {
  if (token.toLowerCase() === token) return 1;
  if (/^[A-Z][^A-Z]+$/.test(token) || /^[^A-Z]+[A-Z]$/.test(token) || /^[^a-z]+$/.test(token)) return 2;
  let upper = 0;
  let lower = 0;
  for (const c of token) {
    if (c >= 'A' && c <= 'Z') upper++;
    else if (c >= 'a' && c <= 'z') lower++;
  }
  return variations(upper, lower);
}

/** Sum of C(a + b, k) for k = 1..min(a, b): the ways to place the rarer variant. */
function variations(a: number, b: number): number {
  let total = 0;
  for (let k = 1; k <= Math.min(a, b); k++) total += binomial(a + b, k);
  return Math.max(total, 1);
}

export function binomial(n: number, k: number): number {
  if (k > n) return 0;
  if (k === 0) return 1;
  let r = 1;
  for (let d = 1; d <= k; d++) {
    r *= n;
    r /= d;
    n--;
  }
  return r;
}
