import { loadCommonPasswordData } from './loadDictionaries';
import { createSortedWordTable, type SortedWordTable } from './sortedWordTable';
import { decodeFrontCoded } from './storedWordTable';

/** The blocklist as both of its users read it: a sorted table of exact ranks, and the words in rank order. */
export interface CommonPasswordTable {
  /** Sorted by UTF-16 code units, newline-joined. */
  sortedWords: string;
  /** The sorted words with their exact 1-based ranks. */
  table: SortedWordTable;
  /** The n most common entries, most common first. */
  top(n: number): string[];
}

/** 64 characters that need no escaping in JSON; an exact rank is 3 of them (scripts/compileDictionaries.mjs). */
const DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeExact(encoded: string): Int32Array {
  const digit = new Int8Array(128).fill(-1);
  for (let k = 0; k < DIGITS.length; k++) digit[DIGITS.charCodeAt(k)] = k;
  const out = new Int32Array(encoded.length / 3);
  for (let k = 0, at = 0; k < out.length; k++, at += 3) out[k] = (digit[encoded.charCodeAt(at)]! << 12) | (digit[encoded.charCodeAt(at + 1)]! << 6) | digit[encoded.charCodeAt(at + 2)]!;
  return out;
}

let pending: Promise<CommonPasswordTable> | undefined;

/**
 * The list as compiled: sorted and front-coded, so loading is one decoding pass and no sort.
 * Memoised, shared by loadCommonPasswords and the estimator (its password dictionary is the
 * same words): one download, one decoding.
 */
export function loadCommonPasswordTable(): Promise<CommonPasswordTable> {
  pending ??= loadCommonPasswordData().then((data) => {
    const { words, count } = decodeFrontCoded(data.words);
    const ranks = decodeExact(data.ranks);
    if (count !== data.count || ranks.length !== count) throw new Error(`common passwords: ${count} words, ${ranks.length} ranks for ${data.count}`);
    const table = createSortedWordTable(words, ranks);
    let byRank: Int32Array | undefined;
    return {
      sortedWords: words,
      table,
      top(n) {
        if (!byRank) {
          byRank = new Int32Array(count);
          for (let k = 0; k < count; k++) byRank[ranks[k]! - 1] = k;
        }
        const out: string[] = [];
        for (let r = 0; r < Math.min(Math.max(0, n), count); r++) out.push(table.wordAt(byRank[r]!));
        return out;
      },
    };
  });
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
