import { loadCommonPasswordTable, type CommonPasswordTable } from '../estimator/commonPasswordTable';

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
 * The same list over a sorted table of lowercased entries with their ranks (as loaded by
 * estimator/commonPasswordTable.ts): rankOf is a binary search in place, top(n) reads the entries
 * in rank order through an index built on first use.
 */
function commonPasswordTable({ table, top }: CommonPasswordTable): CommonPasswordList {
  return {
    size: table.size,
    rankOf(lowercased) {
      const rank = table.find(lowercased);
      return rank === -1 ? undefined : rank;
    },
    top,
  };
}

let pending: Promise<CommonPasswordList> | undefined;

/**
 * The shipped list: zxcvbn-ts's ranked password frequency list (49,233 entries, far past the top
 * 10,000 the issue asks for and ASVS 5.0 6.2.4's 3,000). Loaded with `import()` on first use
 * only, as a chunk of its own (about 200 KB gzip, without the estimator's word tables, so rule
 * verdicts need not wait for them: issue 14 item 9); the default estimator shares it.
 */
export function loadCommonPasswords(): Promise<CommonPasswordList> {
  pending ??= loadCommonPasswordTable().then(commonPasswordTable);
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
