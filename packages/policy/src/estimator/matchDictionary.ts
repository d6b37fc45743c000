import type { DictionaryMatch } from './match';
import { unpackRank, type RankedDictionary } from './rankedDictionary';

/**
 * Look-alike substitutions undone before a second lookup (zxcvbn's l33t table, reduced to one
 * reading per character so the cost stays one extra pass; `1` and `|` are read both as i and l).
 */
const L33T_PRIMARY: Readonly<Record<string, string>> = {
  '4': 'a', '@': 'a', '8': 'b', '(': 'c', '{': 'c', '[': 'c', '<': 'c', '3': 'e', '9': 'g', '6': 'g', '&': 'g',
  '#': 'h', '!': 'i', '1': 'i', '|': 'i', '0': 'o', '$': 's', '5': 's', '+': 't', '7': 't', '%': 'x', '2': 'z',
};
const L33T_SECONDARY: Readonly<Record<string, string>> = { ...L33T_PRIMARY, '1': 'l', '|': 'l', '!': 'l', '7': 'l' };

/** Dictionary, reversed-dictionary and l33t matches of every substring up to the longest word. */
export function matchDictionary(password: string, dictionaries: readonly RankedDictionary[]): DictionaryMatch[] {
  const lower = lowerSameLength(password);
  const out: DictionaryMatch[] = [];
  const n = lower.length;
  // Reversed by UTF-16 unit so that indexes stay aligned with the password.
  const reversedLower = lower.split('').reverse().join('');
  const variants = [unleet(lower, L33T_PRIMARY), unleet(lower, L33T_SECONDARY)].filter((v, k, all) => v !== lower && all.indexOf(v) === k);
  for (const dictionary of dictionaries) {
    forwardMatches(lower, dictionary, (i, j, packed) => out.push(dictionaryMatch(password, i, j, packed, false)));
    forwardMatches(reversedLower, dictionary, (i, j, packed) => {
      // Reversed words of 3+ characters that read differently backwards (zxcvbn's reverse_dictionary_match).
      if (j - i < 2) return;
      const a = n - 1 - j;
      const b = n - 1 - i;
      if (reversedLower.slice(i, j + 1) !== lower.slice(a, b + 1)) out.push(dictionaryMatch(password, a, b, packed, true));
    });
    for (const variant of variants) {
      forwardMatches(variant, dictionary, (i, j, packed) => {
        const original = lower.slice(i, j + 1);
        const candidate = variant.slice(i, j + 1);
        if (candidate !== original && j > i) out.push({ ...dictionaryMatch(password, i, j, packed, false), l33t: l33tCounts(original, candidate) });
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

function unleet(text: string, table: Readonly<Record<string, string>>): string {
  let out = '';
  for (let k = 0; k < text.length; k++) out += table[text[k]!] ?? text[k]!;
  return out;
}

/** Per substituted letter: how many of its occurrences were written as a look-alike. */
function l33tCounts(original: string, unleeted: string): { subbed: number; unsubbed: number }[] {
  const perLetter = new Map<string, { subbed: number; unsubbed: number }>();
  for (let k = 0; k < unleeted.length; k++) {
    const letter = unleeted[k]!;
    if (original[k] !== letter) {
      const entry = perLetter.get(letter) ?? { subbed: 0, unsubbed: 0 };
      entry.subbed++;
      perLetter.set(letter, entry);
    }
  }
  for (let k = 0; k < unleeted.length; k++) {
    const entry = perLetter.get(unleeted[k]!);
    if (entry && original[k] === unleeted[k]) entry.unsubbed++;
  }
  return [...perLetter.values()];
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
