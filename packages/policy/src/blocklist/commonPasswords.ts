import { loadDictionaries } from '../estimator/loadDictionaries';
import { createSortedWordTable, decodeValues, type SortedWordTable } from '../estimator/sortedWordTable';

/** A ranked list of common passwords, most common first. */
export interface CommonPasswordList {
  readonly size: number;
  /** 1-based rank of a lowercased password, if listed. */
  rankOf(lowercased: string): number | undefined;
  /** The n most common entries. */
  top(n: number): readonly string[];
}

export function createCommonPasswordList(ranked: readonly string[]): CommonPasswordList {
  let ranks: Map<string, number> | undefined;
  return {
    size: ranked.length,
    rankOf(lowercased) {
      if (!ranks) {
        ranks = new Map();
        ranked.forEach((p, k) => {
          const key = p.toLowerCase();
          if (!ranks!.has(key)) ranks!.set(key, k + 1);
        });
      }
      return ranks.get(lowercased);
    },
    top: (n) => ranked.slice(0, n),
  };
}

/**
 * The same list over a sorted table of lowercased entries with their ranks (as compiled by
 * scripts/compileDictionaries.mjs): rankOf is a binary search in place, and top(n) reads the
 * entries in rank order through an index built on first use.
 */
function commonPasswordTable(table: SortedWordTable, size: number): CommonPasswordList {
  let byRank: Int32Array | undefined;
  return {
    size,
    rankOf(lowercased) {
      const rank = table.find(lowercased);
      return rank === -1 ? undefined : rank;
    },
    top(n) {
      if (!byRank) {
        byRank = new Int32Array(table.size);
        for (let k = 0; k < table.size; k++) byRank[table.valueAt(k) - 1] = k;
      }
      const count = Math.min(Math.max(0, n), table.size);
      const out: string[] = [];
      for (let r = 0; r < count; r++) out.push(table.wordAt(byRank[r]!));
      return out;
    },
  };
}

let pending: Promise<CommonPasswordList> | undefined;

/**
 * The shipped list: zxcvbn-ts's ranked password frequency list (49,233 entries, far past the top
 * 10,000 the issue asks for and ASVS 5.0 6.2.4's 3,000). Loaded with `import()` on first use
 * only, from the data file shared with the default estimator (one module, loaded once).
 */
export function loadCommonPasswords(): Promise<CommonPasswordList> {
  pending ??= loadDictionaries().then(({ commonPasswords }) => commonPasswordTable(createSortedWordTable(commonPasswords.words, decodeValues(commonPasswords.values)), commonPasswords.count));
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
