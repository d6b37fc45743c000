import type { Severity } from '../types';

/** Rule ids as they appear in results and in examples' `rule:` (shared identifiers). */
export type RuleId = 'policy' | 'password' | 'length' | 'composition' | 'strength' | 'blocklist' | 'breached' | 'context' | 'repetition' | `pattern:${string}`;

/**
 * The verdict of one rule. Messages describe the rule and the caller's context words, never the
 * password or any part of it (security reference item 8).
 */
export interface RuleResult {
  rule: RuleId;
  ok: boolean;
  severity: Severity;
  message: string;
  /** The standard clauses the rule answers, from the policy. */
  clauses: string[];
  /** The first clause, for display where one citation fits. */
  clause?: string;
  /** What a person can do about a failure. */
  hint?: string;
  /** Measured quantities (counts, points), never text of the password. */
  measured?: Record<string, number>;
  /** False when the rule could not be checked (a `breached` rule without a source): neither passed nor failed. */
  checked?: false;
}

export interface StrengthResult {
  score: 0 | 1 | 2 | 3 | 4;
  guessesLog10: number;
  /** Code points the estimator saw, and how many past its window were counted conservatively. */
  estimated: number;
  beyondWindow: number;
}

export interface PasswordEvaluation {
  /** True when no rule of severity error failed. */
  ok: boolean;
  policy: string;
  /** Length in code points after normalization. */
  length: number;
  rules: RuleResult[];
  /** Present when an estimator was given. */
  strength?: StrengthResult;
  feedback: { warning?: string; suggestions: string[] };
}
