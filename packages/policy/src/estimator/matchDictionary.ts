import { enumerateL33tSubstitutions } from './l33tSubstitutions';
import type { DictionaryMatch } from './match';
import { unpackRank, type RankedDictionary } from './rankedDictionary';

/**
 * zxcvbn 4.4.2's dictionary_match, reverse_dictionary_match and l33t_match (matching.coffee) over
 * our sorted tables: every substring that is a word, forwards and backwards, and under every
 * l33t reading zxcvbn enumerates (matches whose token holds no substituted character are
 * zxcvbn's plain matches, so they are skipped, as zxcvbn does).
 */
export function matchDictionary(password: string, dictionaries: readonly RankedDictionary[]): DictionaryMatch[] {
  const lower = lowerSameLength(password);
  const out: DictionaryMatch[] = [];
  const n = lower.length;
  // Reversed by UTF-16 unit so that indexes stay aligned with the password.
  const reversedLower = lower.split('').reverse().join('');
  const readings = enumerateL33tSubstitutions(password);
  for (const dictionary of dictionaries) {
    forwardMatches(lower, dictionary, (i, j, packed) => out.push(dictionaryMatch(password, i, j, packed, false)));
    forwardMatches(reversedLower, dictionary, (i, j, packed) => {
      const a = n - 1 - j;
      const b = n - 1 - i;
      // A palindrome read backwards is the forward match at twice the guesses: never chosen.
      if (reversedLower.slice(i, j + 1) !== lower.slice(a, b + 1)) out.push(dictionaryMatch(password, a, b, packed, true));
    });
    for (const reading of readings) {
      let translated = '';
      for (let k = 0; k < n; k++) translated += reading.get(lower[k]!) ?? lower[k]!;
      forwardMatches(translated, dictionary, (i, j, packed) => {
        if (j === i) return;
        const token = lower.slice(i, j + 1);
        const word = translated.slice(i, j + 1);
        if (token === word) return;
        out.push({ ...dictionaryMatch(password, i, j, packed, false), l33t: l33tCounts(token, reading) });
      });
    }
  }
  return out;
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
function l33tCounts(token: string, reading: ReadonlyMap<string, string>): { subbed: number; unsubbed: number }[] {
  const out: { subbed: number; unsubbed: number }[] = [];
  for (const [l33tChar, letter] of reading) {
    if (!token.includes(l33tChar)) continue;
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
