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

let pending: Promise<CommonPasswordList> | undefined;

/**
 * The shipped list: zxcvbn-ts's ranked password frequency list (about 49,000 entries, far past
 * the top 10,000 the issue asks for and ASVS 5.0 6.2.4's 3,000). Loaded with `import()` on first
 * use only, and shared with the default estimator (one module, loaded once).
 */
export function loadCommonPasswords(): Promise<CommonPasswordList> {
  pending ??= import('@zxcvbn-ts/language-common').then((m) => createCommonPasswordList(m.dictionary['passwords-common']));
  return pending;
}
