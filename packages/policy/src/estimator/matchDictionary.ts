import { enumerateL33tReadings, l33tIndex, L33T_CHARS, type L33tReading } from './l33tSubstitutions';
import type { DictionaryMatch } from './match';
import { unpackRank, type RankedDictionary } from './rankedDictionary';

/**
 * zxcvbn 4.4.2's dictionary_match, reverse_dictionary_match and l33t_match (matching.coffee) over
 * our sorted tables: every substring that is a word, forwards and backwards, and under every
 * l33t reading zxcvbn enumerates (matches whose token holds no substituted character are
 * zxcvbn's plain matches, so they are skipped, as zxcvbn does). zxcvbn translates the whole
 * password once per reading and searches it again (736 readings for a password holding every
 * look-alike); here one walk per start position branches where the readings still possible read
 * a character differently, so shared prefixes are walked once and the same matches come out.
 */
export function matchDictionary(password: string, dictionaries: readonly RankedDictionary[]): DictionaryMatch[] {
  const lower = lowerSameLength(password);
  const out: DictionaryMatch[] = [];
  const n = lower.length;
  // Reversed by UTF-16 unit so that indexes stay aligned with the password.
  const reversedLower = lower.split('').reverse().join('');
  const readings = enumerateL33tReadings(password);
  const split = groupSplitter(readings);
  const all = readings.map((_, k) => k);
  for (const dictionary of dictionaries) {
    forwardMatches(lower, dictionary, (i, j, packed) => out.push(dictionaryMatch(password, i, j, packed, false)));
    forwardMatches(reversedLower, dictionary, (i, j, packed) => {
      const a = n - 1 - j;
      const b = n - 1 - i;
      // A palindrome read backwards is the forward match at twice the guesses: never chosen.
      if (reversedLower.slice(i, j + 1) !== lower.slice(a, b + 1)) out.push(dictionaryMatch(password, a, b, packed, true));
    });
    if (readings.length > 0) l33tMatches(password, lower, dictionary, readings, split, all, out);
  }
  return out;
}

/**
 * Matches under the l33t readings: from each start, a walk over the table that, at a look-alike,
 * splits the readings still possible by the letter each reads it as (or as written), and follows
 * each group. A word reached after at least one substitution is a l33t match (token length >= 2,
 * as zxcvbn filters), with the substitutions of its group (all alike on the token's characters).
 */
function l33tMatches(password: string, lower: string, dictionary: RankedDictionary, readings: readonly L33tReading[], split: GroupSplitter, all: readonly number[], out: DictionaryMatch[]): void {
  const table = dictionary.table;
  const n = lower.length;
  // By UTF-16 unit (Int8Array.from(lower) would iterate code points and misalign after an astral one).
  const charIndex = new Int8Array(n);
  for (let k = 0; k < n; k++) charIndex[k] = l33tIndex(lower[k]!);
  const range = new Int32Array(2);
  const walk = (i: number, depth: number, lo: number, hi: number, group: readonly number[], subbed: boolean): void => {
    const at = i + depth;
    if (at >= n) return;
    const c = charIndex[at]!;
    if (c === -1) {
      step(i, depth, lo, hi, group, subbed, lower.charCodeAt(at));
      return;
    }
    for (const [letter, members] of split(group, c)) step(i, depth, lo, hi, members, subbed || letter !== '', letter === '' ? lower.charCodeAt(at) : letter.charCodeAt(0));
  };
  const step = (i: number, depth: number, lo: number, hi: number, group: readonly number[], subbed: boolean, unit: number): void => {
    if (!table.narrow(lo, hi, depth, unit, range)) return;
    const first = range[0]!;
    const last = range[1]!;
    if (subbed && depth >= 1) {
      const value = table.valueIfLength(first, depth + 1);
      if (value !== -1) out.push({ ...dictionaryMatch(password, i, i + depth, value, false), l33t: l33tCounts(lower.slice(i, i + depth + 1), readings[group[0]!]!) });
    }
    walk(i, depth + 1, first, last, group, subbed);
  };
  for (let i = 0; i < n; i++) walk(i, 0, 0, table.size, all, false);
}

/** Splits a group of readings by how each reads a look-alike: [letter or '' (as written), members][]. */
type GroupSplitter = (group: readonly number[], c: number) => [string, number[]][];

/**
 * Groups are split the same way at every start and in every table: each split is made once,
 * and its parts are the same arrays next time, so their own splits are cached as well.
 */
function groupSplitter(readings: readonly L33tReading[]): GroupSplitter {
  const splits = new Map<readonly number[], Map<number, [string, number[]][]>>();
  return (group, c) => {
    let byChar = splits.get(group);
    if (!byChar) splits.set(group, (byChar = new Map()));
    let parts = byChar.get(c);
    if (!parts) {
      const byLetter = new Map<string, number[]>();
      for (const r of group) {
        const letter = readings[r]![c]!;
        const list = byLetter.get(letter);
        if (list) list.push(r);
        else byLetter.set(letter, [r]);
      }
      parts = [...byLetter];
      byChar.set(c, parts);
    }
    return parts;
  };
}

/** Every substring text[i..j] that is a word, by i then j; each walk stops where no word continues. */
function forwardMatches(text: string, dictionary: RankedDictionary, found: (i: number, j: number, packed: number) => void): void {
  for (let i = 0; i < text.length; i++) dictionary.table.prefixesOf(text, i, (j, packed) => found(i, j, packed));
}

function dictionaryMatch(password: string, i: number, j: number, packed: number, reversed: boolean): DictionaryMatch {
  const { rank, kind } = unpackRank(packed);
  return { pattern: 'dictionary', i, j, token: password.slice(i, j + 1), rank, dictionary: kind, reversed };
}

/**
 * zxcvbn's l33t_variations inputs: for each substitution used in the token, how many times the
 * look-alike and how many times the letter itself occur in the lowercased token.
 */
function l33tCounts(token: string, reading: L33tReading): { subbed: number; unsubbed: number }[] {
  const out: { subbed: number; unsubbed: number }[] = [];
  for (let k = 0; k < L33T_CHARS.length; k++) {
    const letter = reading[k]!;
    const l33tChar = L33T_CHARS[k]!;
    if (letter === '' || !token.includes(l33tChar)) continue;
    let subbed = 0;
    let unsubbed = 0;
    for (const c of token) {
      if (c === l33tChar) subbed++;
      else if (c === letter) unsubbed++;
    }
    out.push({ subbed, unsubbed });
  }
  return out;
}

/** Lowercase without changing the length (a few characters, such as U+0130, grow when lowercased). */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length === text.length) return lower;
  let out = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k]!;
    const l = c.toLowerCase();
    out += l.length === 1 ? l : c;
  }
  return out;
}
