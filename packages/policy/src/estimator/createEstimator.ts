import { estimatorFeedback } from './feedback';
import type { Match } from './match';
import { matchDates } from './matchDates';
import { matchDictionary } from './matchDictionary';
import { matchRepeat } from './matchRepeat';
import { matchSequence } from './matchSequence';
import { matchSpatial, type AdjacencyGraphs } from './matchSpatial';
import { mostGuessableSequence } from './mostGuessableSequence';
import { buildRankedDictionary, type RankedDictionary } from './rankedDictionary';
import type { PasswordEstimator, StrengthEstimate } from './types';

export interface EstimatorData {
  /** Ranked lists, most common first. */
  passwords: readonly string[];
  words: readonly (readonly string[])[];
  names: readonly (readonly string[])[];
  /** zxcvbn 4.4.2 has qwerty, dvorak, keypad and mac_keypad; a missing graph is not matched. */
  graphs: AdjacencyGraphs;
}

/**
 * Our zxcvbn-style estimator: zxcvbn 4.4.2's matchers and scoring (ported from its
 * matching.coffee and scoring.coffee), with every list merged into one sorted table, every entry
 * of every list ranked. Chosen by measurement over zxcvbn-ts (README "Choosing the estimator").
 * Dictionaries are passed in, so this file carries no data.
 */
export function createEstimator(data: EstimatorData): PasswordEstimator {
  const dictionary = buildRankedDictionary([
    { kind: 'passwords', words: data.passwords },
    ...data.words.map((words) => ({ kind: 'words' as const, words })),
    ...data.names.map((words) => ({ kind: 'names' as const, words })),
  ]);
  return estimatorOver([dictionary], data.graphs);
}

/** The estimator over dictionaries already built (the default ones come compiled: loadDefaultEstimator). */
export function estimatorOver(dictionaries: readonly RankedDictionary[], graphs: AdjacencyGraphs): PasswordEstimator {
  // The context words rarely change between keystrokes: their table is built once per set.
  let lastKey: string | undefined;
  let lastInputs: RankedDictionary | undefined;
  return {
    estimate(password: string, userInputs: readonly string[]): StrengthEstimate {
      const key = userInputs.join('\u0000');
      if (key !== lastKey || !lastInputs) {
        lastInputs = buildRankedDictionary([{ kind: 'user-inputs', words: userInputWords(userInputs) }]);
        lastKey = key;
      }
      const inputs = lastInputs;
      return estimateWith(password, inputs.table.size > 0 ? [...dictionaries, inputs] : dictionaries, graphs);
    },
  };
}

function estimateWith(password: string, dictionaries: readonly RankedDictionary[], graphs: AdjacencyGraphs): StrengthEstimate {
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

/**
 * zxcvbn 4.4.2's guesses_to_score (time_estimates.coffee): below 10^3 + 5, 10^6 + 5, 10^8 + 5 and
 * 10^10 + 5 guesses. The margin matters: one brute-force run of 8 characters is 10^8 + 1 guesses
 * (the sequence's additive term), a 2, not a 3 (issue 11).
 */
const DELTA = 5;
export function scoreFromGuesses(guessesLog10: number): 0 | 1 | 2 | 3 | 4 {
  if (guessesLog10 >= 11) return 4;
  const guesses = 10 ** guessesLog10;
  if (guesses < 1e3 + DELTA) return 0;
  if (guesses < 1e6 + DELTA) return 1;
  if (guesses < 1e8 + DELTA) return 2;
  if (guesses < 1e10 + DELTA) return 3;
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
