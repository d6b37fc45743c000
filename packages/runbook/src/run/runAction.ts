import type { FieldValue } from './runEvent';

/** What a person can do during a run. Each accepted action becomes one event. */
export type RunAction =
  | {
      type: 'complete';
      stepId: string;
      evidence?: Record<string, FieldValue>;
      /** Sub-checks confirmed together with the completion (in addition to those already ticked). */
      checks?: string[];
    }
  | { type: 'tick'; stepId: string; checkId: string; ticked?: boolean }
  | { type: 'skip'; stepId: string; reason: string }
  | { type: 'fail'; stepId: string; reason: string }
  | { type: 'reopen'; stepId: string; reason: string }
  /** A note on a step, or on the whole run when `stepId` is absent. */
  | { type: 'note'; stepId?: string; note: string };
