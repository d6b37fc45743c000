import type { StepEnd } from '../types';
import type { FieldValue, RunbookIdentity } from './runEvent';

/**
 * - `pending`: applicable, still ahead on the run's path.
 * - `current`: the step to act on now.
 * - `done`, `skipped` (with a reason), `failed` (its onFail branch was followed).
 * - `not-applicable`: its `when` excludes the run's variant or inputs.
 * - `bypassed`: applicable but not on the path: a branch-only step never reached, or a step
 *   jumped over by a `next`, or anything left when the run ended. It never blocks completion.
 */
export type StepStatus = 'pending' | 'current' | 'done' | 'skipped' | 'failed' | 'not-applicable' | 'bypassed';

export interface NoteEntry {
  seq: number;
  at: string;
  actor: string;
  note: string;
}

export interface StepState {
  id: string;
  status: StepStatus;
  /** Sub-check ids ticked so far (sorted). */
  ticked: string[];
  /** Evidence recorded when the step was completed. */
  evidence?: Record<string, FieldValue>;
  /** Who resolved the step (done, skipped or failed), when, and in which event. */
  by?: string;
  at?: string;
  seq?: number;
  /** The skip or fail reason, or the reason it was last reopened. */
  reason?: string;
  /** How many times the run reached this step (a retry after onFail reaches it again). */
  visits: number;
  notes: NoteEntry[];
}

export interface Blocker {
  stepId: string;
  kind: 'step' | 'check' | 'evidence';
  /** The sub-check or evidence field, for those kinds. */
  id?: string;
  message: string;
}

/** The whole state of a run: a pure function of its events (see `replay`). */
export interface RunState {
  runbook: RunbookIdentity;
  variant: string | null;
  inputs: Record<string, FieldValue>;
  startedBy: string;
  startedAt: string;
  steps: StepState[];
  /** The step to act on now; null once the run has ended. */
  current: string | null;
  /** Set when the run has ended. */
  outcome: StepEnd | null;
  complete: boolean;
  /** Steps resolved (done, skipped or failed) out of the applicable steps on the run's path. */
  progress: { done: number; total: number };
  /** What stands between the run and its end, in order. Empty once the run has ended. */
  blockers: Blocker[];
  /** Steps resolved, in the order they were resolved (a reopen removes the step): `back` undoes the last. */
  trail: string[];
  /** Notes on the whole run. */
  notes: NoteEntry[];
  eventCount: number;
  lastAt: string;
}
