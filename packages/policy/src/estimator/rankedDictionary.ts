import type { DictionaryKind } from './match';

const KINDS: readonly DictionaryKind[] = ['passwords', 'words', 'names', 'user-inputs'];

/**
 * Every dictionary word in one map, lowercased, keeping the best (lowest) rank across lists.
 * One lookup per substring instead of one per list is what makes our estimator several times
 * faster than zxcvbn-ts, which searches each ranked list separately (see the package README).
 * The value packs rank and list: rank * 4 + kind index.
 */
export interface RankedDictionary {
  entries: Map<string, number>;
  /** Longest word, bounding the substrings worth looking up. */
  maxLength: number;
  /** Every 4-character prefix of a word: when a substring's first 4 are not here, no longer word can start there. */
  prefixes: Set<string>;
}

export const PREFIX_LENGTH = 4;

export function buildRankedDictionary(lists: ReadonlyArray<{ kind: DictionaryKind; words: readonly string[]; limit?: number }>, maxWordLength = 24): RankedDictionary {
  const entries = new Map<string, number>();
  const prefixes = new Set<string>();
  let maxLength = 0;
  for (const { kind, words, limit } of lists) {
    const kindIndex = KINDS.indexOf(kind);
    const count = Math.min(words.length, limit ?? words.length);
    for (let r = 0; r < count; r++) {
      const word = words[r]!.toLowerCase();
      if (word.length === 0 || word.length > maxWordLength) continue;
      const packed = (r + 1) * 4 + kindIndex;
      const existing = entries.get(word);
      if (existing === undefined || existing > packed) entries.set(word, packed);
      if (word.length > maxLength) maxLength = word.length;
      if (word.length > PREFIX_LENGTH) prefixes.add(word.slice(0, PREFIX_LENGTH));
    }
  }
  return { entries, maxLength, prefixes };
}

export function unpackRank(packed: number): { rank: number; kind: DictionaryKind } {
  return { rank: Math.floor(packed / 4), kind: KINDS[packed % 4]! };
}
