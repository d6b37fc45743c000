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
  /**
   * One step of a walk that may branch (the l33t readings): of the words in [lo, hi), which all
   * share a prefix of `depth` units, those whose unit at `depth` is `unit`. Writes the new range
   * to `range` and returns false when it is empty. Start with [0, size) and depth 0.
   */
  narrow(lo: number, hi: number, depth: number, unit: number, range: Int32Array): boolean;
  /** The value of the word at `index` if it is `length` units long, else -1. */
  valueIfLength(index: number, length: number): number;
  /** The word at a position of the sorted order. */
  wordAt(index: number): string;
  valueAt(index: number): number;
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
    narrow(lo, hi, depth, unit, range) {
      // The one word equal to the shared prefix itself (if any) sorts first and has no unit at depth.
      if (lo < hi && lengthOf(lo) === depth) lo++;
      let a = lo;
      let b = hi;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (words.charCodeAt(startOf(mid) + depth) < unit) a = mid + 1;
        else b = mid;
      }
      const first = a;
      b = hi;
      while (a < b) {
        const mid = (a + b) >>> 1;
        if (words.charCodeAt(startOf(mid) + depth) <= unit) a = mid + 1;
        else b = mid;
      }
      range[0] = first;
      range[1] = a;
      return first < a;
    },
    valueIfLength: (index, length) => (lengthOf(index) === length ? values[index]! : -1),
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
 * Two tables as one (the estimator's core words and the rest, loaded apart): one sorted table,
 * so a walk stays one walk. The lower value wins for a word in both.
 */
export function mergeTables(a: SortedWordTable, b: SortedWordTable): SortedWordTable {
  if (b.size === 0) return a;
  if (a.size === 0) return b;
  const words: string[] = [];
  const values: number[] = [];
  let i = 0;
  let j = 0;
  let wa = a.wordAt(0);
  let wb = b.wordAt(0);
  while (i < a.size || j < b.size) {
    if (j >= b.size || (i < a.size && wa < wb)) {
      words.push(wa);
      values.push(a.valueAt(i));
      if (++i < a.size) wa = a.wordAt(i);
    } else if (i >= a.size || wb < wa) {
      words.push(wb);
      values.push(b.valueAt(j));
      if (++j < b.size) wb = b.wordAt(j);
    } else {
      words.push(wa);
      values.push(Math.min(a.valueAt(i), b.valueAt(j)));
      if (++i < a.size) wa = a.wordAt(i);
      if (++j < b.size) wb = b.wordAt(j);
    }
  }
  return createSortedWordTable(words.join('\n'), Int32Array.from(values));
}
