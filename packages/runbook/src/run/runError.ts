/** Why an action (or a recorded event, on replay) was refused. */
export type RunErrorCode =
  | 'invalid-actor'
  | 'invalid-time'
  | 'time-order'
  | 'invalid-event'
  | 'not-started'
  | 'already-started'
  | 'variant-required'
  | 'unknown-variant'
  | 'input-missing'
  | 'input-invalid'
  | 'input-unknown'
  | 'unknown-step'
  | 'not-applicable'
  | 'not-current'
  | 'run-ended'
  | 'unknown-check'
  | 'checks-incomplete'
  | 'evidence-missing'
  | 'evidence-invalid'
  | 'evidence-unknown'
  | 'secret-field'
  | 'reason-required'
  | 'no-on-fail'
  | 'not-reopenable'
  | 'note-empty'
  | 'too-many-events';

/** A refused action: a value, never a throw. The run it was tried on is unchanged. */
export interface RunError {
  code: RunErrorCode;
  message: string;
  stepId?: string;
  /** The field or sub-check concerned, when there is one. */
  field?: string;
}

export function runError(code: RunErrorCode, message: string, extra: { stepId?: string; field?: string } = {}): RunError {
  return { code, message, ...extra };
}
