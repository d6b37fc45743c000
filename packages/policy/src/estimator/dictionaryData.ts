import type { AdjacencyGraph, GraphName } from './matchSpatial';

/** Where the compiled data came from (package versions), as the modules record it. */
type Source = Record<string, string>;

/** data/commonPasswords.js: the blocklist, lowercased, sorted, front-coded, with exact ranks. */
export interface CommonPasswordData {
  source: Source;
  count: number;
  /** Comma-separated front-coded lines (as StoredWordTable.words). */
  words: string;
  /** The 1-based rank of each word, 3 base-64 digits each. */
  ranks: string;
}

/** A front-coded sorted table as stored (scripts/compileDictionaries.mjs): words, one rank code and one kind letter each. */
export interface StoredWordTable {
  source: Source;
  /** Comma-separated lines: one code for the length shared with the previous word, then the rest. */
  words: string;
  /** One code per word: round(log10(rank) * rankStepsPerDecade). */
  ranks: string;
  /** One letter per word: w (word), n (name), p (password, zxcvbn's list only). */
  kinds: string;
}

/** data/estimatorCore.js: what the first strength verdict needs besides the blocklist. */
export interface EstimatorCoreData extends StoredWordTable {
  rankStepsPerDecade: number;
  /** Words of zxcvbn's lists ranked above this are in estimatorRest.js. */
  coreRankLimit: number;
  /** One rank code per common password, in the blocklist's (rank) order: zxcvbn 4.4.2's rank, else the list's. */
  passwordRanks: string;
  graphs: Record<GraphName, AdjacencyGraph>;
}

/** data/diceware.js */
export interface DicewareData {
  source: Source;
  /** 7,776 words, newline-joined. */
  words: string;
}
