import type { StoredWordTable } from './dictionaryData';
import { createSortedWordTable, type SortedWordTable } from './sortedWordTable';

/**
 * Decoding of the compact forms scripts/compileDictionaries.mjs writes. A code is one character
 * of `#` to `~` without the comma and the backslash (90 values that need no escaping in a string
 * literal and are not the separator).
 */
export function codeValue(charCode: number): number {
  return charCode - 0x23 - (charCode > 0x2c ? 1 : 0) - (charCode > 0x5c ? 1 : 0);
}

/** Ranks by code: round(10^(code / steps)), the rank within 6.2 % for 19 steps a decade. */
export function rankDecoder(stepsPerDecade: number): Int32Array {
  return Int32Array.from({ length: 90 }, (_, q) => Math.round(10 ** (q / stepsPerDecade)));
}

/** Front-coded comma-separated lines -> the sorted words, newline-joined (the form SortedWordTable reads). */
export function decodeFrontCoded(lines: string): { words: string; count: number } {
  if (lines.length === 0) return { words: '', count: 0 };
  const out: string[] = [];
  let previous = '';
  for (const line of lines.split(',')) {
    previous = previous.slice(0, codeValue(line.charCodeAt(0))) + line.slice(1);
    out.push(previous);
  }
  return { words: out.join('\n'), count: out.length };
}

/** Index of each dictionary kind in a packed value (rank * 4 + kind), as rankedDictionary's KINDS. */
const KIND_INDEX: Readonly<Record<string, number>> = { p: 0, w: 1, n: 2 };

/** A stored estimator table as a SortedWordTable whose values pack rank and kind. */
export function storedWordTable(stored: StoredWordTable, stepsPerDecade: number): SortedWordTable {
  const { words, count } = decodeFrontCoded(stored.words);
  const ranks = rankDecoder(stepsPerDecade);
  const values = new Int32Array(count);
  for (let k = 0; k < count; k++) values[k] = ranks[codeValue(stored.ranks.charCodeAt(k))]! * 4 + KIND_INDEX[stored.kinds[k]!]!;
  return createSortedWordTable(words, values);
}
