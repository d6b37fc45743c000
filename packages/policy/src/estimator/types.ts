/** Strength as a zxcvbn-family estimator reports it. Never holds any part of the password. */
export interface StrengthEstimate {
  /** 0 (too guessable) to 4 (very unguessable), on zxcvbn's thresholds. */
  score: 0 | 1 | 2 | 3 | 4;
  /** log10 of the estimated number of guesses an attacker needs. */
  guessesLog10: number;
  feedback: EstimatorFeedback;
}

export interface EstimatorFeedback {
  warning?: string;
  suggestions: string[];
}

/**
 * The small interface the strength rule depends on, so that any zxcvbn-family estimator can be
 * plugged in (zxcvbn-ts, the original zxcvbn, a server-side one). `userInputs` are the context
 * words (user name, display name, organisation, ...); an estimator treats them as a dictionary.
 */
export interface PasswordEstimator {
  estimate(password: string, userInputs: readonly string[]): StrengthEstimate;
}
