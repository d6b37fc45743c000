import type { GraphName } from './matchSpatial';

/** A part of the password explained by one pattern, as zxcvbn's matchers describe it. */
export type Match = DictionaryMatch | SpatialMatch | RepeatMatch | SequenceMatch | YearMatch | DateMatch | BruteforceMatch;

interface MatchBase {
  /** First and last index (inclusive) in the estimated string. */
  i: number;
  j: number;
  /** Cached log10 of the guesses for this match alone. */
  guessesLog10?: number;
}

export interface DictionaryMatch extends MatchBase {
  pattern: 'dictionary';
  /** The matched text, needed for upper-case variations (stays inside the estimator). */
  token: string;
  rank: number;
  dictionary: DictionaryKind;
  reversed: boolean;
  /** Substitutions undone to find the word (l33t), per substituted letter: count subbed. */
  l33t?: { subbed: number; unsubbed: number }[];
}

export type DictionaryKind = 'passwords' | 'words' | 'names' | 'user-inputs';

export interface SpatialMatch extends MatchBase {
  pattern: 'spatial';
  graph: GraphName;
  turns: number;
  shifted: number;
}

export interface RepeatMatch extends MatchBase {
  pattern: 'repeat';
  baseLength: number;
  baseGuessesLog10: number;
  repeatCount: number;
}

export interface SequenceMatch extends MatchBase {
  pattern: 'sequence';
  first: string;
  ascending: boolean;
}

export interface YearMatch extends MatchBase {
  pattern: 'year';
  year: number;
}

export interface DateMatch extends MatchBase {
  pattern: 'date';
  year: number;
  separator: boolean;
}

export interface BruteforceMatch extends MatchBase {
  pattern: 'bruteforce';
}
