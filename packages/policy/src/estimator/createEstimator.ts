import { estimatorFeedback } from './feedback';
import type { Match } from './match';
import { matchDates } from './matchDates';
import { matchDictionary } from './matchDictionary';
import { matchRepeat } from './matchRepeat';
import { matchSequence } from './matchSequence';
import { matchSpatial, type AdjacencyGraph } from './matchSpatial';
import { mostGuessableSequence } from './mostGuessableSequence';
import { buildRankedDictionary, type RankedDictionary } from './rankedDictionary';
import type { PasswordEstimator, StrengthEstimate } from './types';

export interface EstimatorData {
  /** Ranked lists, most common first. */
  passwords: readonly string[];
  words: readonly (readonly string[])[];
  names: readonly (readonly string[])[];
  graphs: Readonly<Partial<Record<'qwerty' | 'keypad', AdjacencyGraph>>>;
}

/** How many entries of each list are kept: zxcvbn 4.4.2 keeps about 30,000 per list (so does scripts/compileDictionaries.mjs). */
const LIST_LIMIT = 30_000;

/**
 * Our zxcvbn-style estimator: zxcvbn 4.4.2's matchers and scoring over the zxcvbn-ts
 * dictionaries, with every list merged into one sorted table. Chosen by measurement over zxcvbn-ts
 * (README "Choosing the estimator"). Dictionaries are passed in, so this file carries no data.
 */
export function createEstimator(data: EstimatorData): PasswordEstimator {
  const dictionary = buildRankedDictionary([
    { kind: 'passwords', words: data.passwords, limit: LIST_LIMIT },
    ...data.words.map((words) => ({ kind: 'words' as const, words, limit: LIST_LIMIT })),
    ...data.names.map((words) => ({ kind: 'names' as const, words, limit: LIST_LIMIT })),
  ]);
  return estimatorOver(dictionary, data.graphs);
}

/** The estimator over a dictionary already built (the default one comes compiled: loadDefaultEstimator). */
export function estimatorOver(dictionary: RankedDictionary, graphs: EstimatorData['graphs']): PasswordEstimator {
  return {
    estimate(password: string, userInputs: readonly string[]): StrengthEstimate {
      const inputs = buildRankedDictionary([{ kind: 'user-inputs', words: userInputWords(userInputs) }]);
      return estimateWith(password, [dictionary, inputs], graphs);
    },
  };
}

function estimateWith(password: string, dictionaries: readonly RankedDictionary[], graphs: EstimatorData['graphs']): StrengthEstimate {
  const guessesLog10 = (text: string): { guessesLog10: number; sequence: Match[] } => {
    const matches: Match[] = [
      ...matchDictionary(text, dictionaries),
      ...matchSpatial(text, graphs),
      ...matchRepeat(text, (base) => guessesLog10(base).guessesLog10),
      ...matchSequence(text),
      ...matchDates(text),
    ];
    return mostGuessableSequence(text, matches);
  };
  const result = guessesLog10(password);
  const score = scoreFromGuesses(result.guessesLog10);
  return { score, guessesLog10: round(result.guessesLog10), feedback: estimatorFeedback(score, result.sequence) };
}

/** zxcvbn's thresholds: 10^3, 10^6, 10^8, 10^10 guesses (plus its delta of 5, negligible here). */
export function scoreFromGuesses(guessesLog10: number): 0 | 1 | 2 | 3 | 4 {
  if (guessesLog10 < 3) return 0;
  if (guessesLog10 < 6) return 1;
  if (guessesLog10 < 8) return 2;
  if (guessesLog10 < 10) return 3;
  return 4;
}

/** Each context value, and its parts of 3+ characters, ranked in the order given. */
function userInputWords(userInputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of userInputs) {
    const lower = input.toLowerCase().trim();
    if (lower.length === 0) continue;
    out.push(lower);
    for (const part of lower.split(/[^\p{L}\p{N}]+/u)) if (part.length >= 3 && part !== lower) out.push(part);
  }
  return out;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
