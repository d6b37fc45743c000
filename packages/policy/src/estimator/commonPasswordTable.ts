import { loadCommonPasswordData } from './loadDictionaries';
import { createSortedWordTable, type SortedWordTable } from './sortedWordTable';

/** The blocklist as both of its users read it: in rank order, and as a sorted table of ranks. */
export interface CommonPasswordTable {
  /** Lowercased, most common first (rank = index + 1). */
  ranked: readonly string[];
  /** Sorted by UTF-16 code units, newline-joined. */
  sortedWords: string;
  /** The sorted words with their exact ranks. */
  table: SortedWordTable;
}

let pending: Promise<CommonPasswordTable> | undefined;

/**
 * The list arrives in rank order (its smallest form: the order is the ranks); one sort makes the
 * table both the blocklist's exact lookup and the estimator's password dictionary search.
 * Memoised, shared by loadCommonPasswords and the estimator: one download, one sort.
 */
export function loadCommonPasswordTable(): Promise<CommonPasswordTable> {
  pending ??= loadCommonPasswordData().then(({ words }) => {
    const ranked = words.split(',');
    const rankOf = new Map<string, number>();
    ranked.forEach((w, k) => rankOf.set(w, k + 1));
    const sorted = ranked.slice().sort();
    const sortedWords = sorted.join('\n');
    return { ranked, sortedWords, table: createSortedWordTable(sortedWords, Int32Array.from(sorted, (w) => rankOf.get(w)!)) };
  });
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
