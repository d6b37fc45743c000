import type { DictionaryKind } from './match';
import { sortedWordTableOf, type SortedWordTable } from './sortedWordTable';

const KINDS: readonly DictionaryKind[] = ['passwords', 'words', 'names', 'user-inputs'];

/**
 * Every dictionary word in one sorted table, lowercased, keeping the best (lowest) rank across
 * lists. One walk per position instead of one lookup per list and substring is what makes our
 * estimator several times faster than zxcvbn-ts, which searches each ranked list separately (see
 * the package README). The value packs rank and list: rank * 4 + kind index.
 */
export interface RankedDictionary {
  table: SortedWordTable;
}

/** Longer words are never matched; scripts/compileDictionaries.mjs applies the same bound. */
export const MAX_WORD_LENGTH = 24;

export function buildRankedDictionary(lists: ReadonlyArray<{ kind: DictionaryKind; words: readonly string[]; limit?: number }>, maxWordLength = MAX_WORD_LENGTH): RankedDictionary {
  const pairs: [string, number][] = [];
  for (const { kind, words, limit } of lists) {
    const kindIndex = KINDS.indexOf(kind);
    const count = Math.min(words.length, limit ?? words.length);
    for (let r = 0; r < count; r++) {
      const word = words[r]!.toLowerCase();
      if (word.length === 0 || word.length > maxWordLength) continue;
      pairs.push([word, (r + 1) * 4 + kindIndex]);
    }
  }
  return { table: sortedWordTableOf(pairs) };
}

export function unpackRank(packed: number): { rank: number; kind: DictionaryKind } {
  return { rank: Math.floor(packed / 4), kind: KINDS[packed % 4]! };
}
