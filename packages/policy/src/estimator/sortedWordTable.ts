/**
 * Words sorted by UTF-16 code units in ONE newline-joined string, each with a small integer.
 * Loading is one pass over the string to record where each line starts and one pass to decode
 * the values: no string per word, no hash map, so a 100,000-word dictionary loads in a few
 * milliseconds and takes about its own size in memory (the map it replaces took ~120 ms and
 * ~10 MB). Lookups binary-search the string in place, without allocating substrings.
 */
export interface SortedWordTable {
  readonly size: number;
  /** The value of `word`, or -1 when it is not in the table. */
  find(word: string): number;
  /**
   * Every word that is a prefix of `text` from `start` on (text[start..end] for growing `end`),
   * shortest first: the walk narrows the range of words sharing the prefix read so far and stops
   * as soon as no word continues it, so it only reads as far as some word goes.
   */
  prefixesOf(text: string, start: number, found: (end: number, value: number) => void): void;
  /** The word at a position of the sorted order. */
  wordAt(index: number): string;
  valueAt(index: number): number;
}

/** 64 characters that need no escaping in JSON; each value is 3 of them (see scripts/compileDictionaries.mjs). */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const VALUE_WIDTH = 3;

export function decodeValues(encoded: string): Int32Array {
  const digit = new Int8Array(128).fill(-1);
  for (let k = 0; k < DIGITS.length; k++) digit[DIGITS.charCodeAt(k)] = k;
  const out = new Int32Array(encoded.length / VALUE_WIDTH);
  for (let k = 0, at = 0; k < out.length; k++, at += VALUE_WIDTH) {
    out[k] = (digit[encoded.charCodeAt(at)]! << 12) | (digit[encoded.charCodeAt(at + 1)]! << 6) | digit[encoded.charCodeAt(at + 2)]!;
  }
  return out;
}

/** A table over `words` (sorted, newline-joined, no empty line) and their values. */
export function createSortedWordTable(words: string, values: Int32Array): SortedWordTable {
  const starts = lineStarts(words, values.length);
  const size = values.length;
  const startOf = (k: number) => starts[k]!;
  const lengthOf = (k: number) => starts[k + 1]! - 1 - starts[k]!;

  /** Compares word k with text[from..to) by code units: <0, 0 or >0. */
  const compare = (k: number, text: string, from: number, to: number): number => {
    const s = startOf(k);
    const len = lengthOf(k);
    const n = to - from;
    const m = len < n ? len : n;
    for (let d = 0; d < m; d++) {
      const diff = words.charCodeAt(s + d) - text.charCodeAt(from + d);
      if (diff !== 0) return diff;
    }
    return len - n;
  };

  return {
    size,
    find(word) {
      let lo = 0;
      let hi = size;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        const c = compare(mid, word, 0, word.length);
        if (c === 0) return values[mid]!;
        if (c < 0) lo = mid + 1;
        else hi = mid;
      }
      return -1;
    },
    prefixesOf(text, start, found) {
      // Invariant: words in [lo, hi) all start with text[start .. start + depth).
      let lo = 0;
      let hi = size;
      for (let depth = 0; start + depth < text.length; depth++) {
        // The one word equal to the prefix itself (if any) sorts first; it was reported already.
        if (lo < hi && lengthOf(lo) === depth) lo++;
        const c = text.charCodeAt(start + depth);
        // First word whose code unit at `depth` is >= c, then first one > c.
        let a = lo;
        let b = hi;
        while (a < b) {
          const mid = (a + b) >>> 1;
          if (words.charCodeAt(startOf(mid) + depth) < c) a = mid + 1;
          else b = mid;
        }
        lo = a;
        b = hi;
        while (a < b) {
          const mid = (a + b) >>> 1;
          if (words.charCodeAt(startOf(mid) + depth) <= c) a = mid + 1;
          else b = mid;
        }
        hi = a;
        if (lo >= hi) return;
        if (lengthOf(lo) === depth + 1) found(start + depth, values[lo]!);
      }
    },
    wordAt: (index) => words.slice(startOf(index), startOf(index) + lengthOf(index)),
    valueAt: (index) => values[index]!,
  };
}

/** Where each line starts, plus one past the end (as if the text ended with a newline). */
function lineStarts(words: string, count: number): Int32Array {
  const starts = new Int32Array(count + 1);
  let k = 1;
  for (let at = words.indexOf('\n'); at !== -1 && k < count; at = words.indexOf('\n', at + 1)) starts[k++] = at + 1;
  if (count > 0 && k !== count) throw new Error(`word table: ${k} lines for ${count} values`);
  starts[count] = words.length + 1;
  return starts;
}

/** A table from (word, value) pairs in any order; the lowest value wins for a repeated word. */
export function sortedWordTableOf(pairs: Iterable<readonly [string, number]>): SortedWordTable {
  const best = new Map<string, number>();
  for (const [word, value] of pairs) {
    if (word.length === 0 || word.includes('\n')) continue;
    const existing = best.get(word);
    if (existing === undefined || existing > value) best.set(word, value);
  }
  const words = [...best.keys()].sort();
  return createSortedWordTable(words.join('\n'), Int32Array.from(words, (w) => best.get(w)!));
}

/**
 * Several tables with disjoint words read as one: `prefixesOf` reports in the same order one
 * table would (shortest first), so matches do not depend on how the words were split.
 */
export function combineTables(tables: readonly SortedWordTable[]): SortedWordTable {
  const parts = tables.filter((t) => t.size > 0);
  if (parts.length === 1) return parts[0]!;
  const offsets: number[] = [];
  let size = 0;
  for (const t of parts) {
    offsets.push(size);
    size += t.size;
  }
  const locate = (index: number): [SortedWordTable, number] => {
    let k = parts.length - 1;
    while (k > 0 && offsets[k]! > index) k--;
    return [parts[k]!, index - offsets[k]!];
  };
  return {
    size,
    find(word) {
      for (const t of parts) {
        const value = t.find(word);
        if (value !== -1) return value;
      }
      return -1;
    },
    prefixesOf(text, start, found) {
      // The first table is the big one; the others are small and rarely match, so the common
      // case reports straight through without collecting.
      let hits: [number, number][] | undefined;
      const collect = (end: number, value: number) => (hits ??= []).push([end, value]);
      for (let k = 1; k < parts.length; k++) parts[k]!.prefixesOf(text, start, collect);
      if (!hits) return parts[0]!.prefixesOf(text, start, found);
      parts[0]!.prefixesOf(text, start, collect);
      hits.sort((a, b) => a[0] - b[0]);
      for (const [end, value] of hits) found(end, value);
    },
    wordAt: (index) => {
      const [t, k] = locate(index);
      return t.wordAt(k);
    },
    valueAt: (index) => {
      const [t, k] = locate(index);
      return t.valueAt(k);
    },
  };
}
