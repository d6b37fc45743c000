import type { JsonValue } from './canonicalJson';

/** A value recorded for a field: an input at the start, or evidence at a step. */
export type FieldValue = string | number | boolean;

export type RunEventAction = 'start' | 'complete' | 'tick' | 'skip' | 'fail' | 'reopen' | 'note';

/** The runbook a run followed: its id, version and the SHA-256 of its exact source text. */
export interface RunbookIdentity {
  id: string;
  version: string;
  sourceSha256: string;
}

/** Data of each kind of event; exactly what the actor asserted, nothing derived. */
export interface StartData {
  runbook: RunbookIdentity;
  variant: string | null;
  inputs: Record<string, FieldValue>;
}
export interface CompleteData {
  /** Evidence by field id; optional fields left empty are absent. */
  evidence: Record<string, FieldValue>;
  /** Every sub-check of the step, all confirmed at completion (sorted). */
  checks: string[];
}
export interface TickData {
  checkId: string;
  ticked: boolean;
}
export interface ReasonData {
  reason: string;
}
export interface NoteData {
  note: string;
}

export type EventData = StartData | CompleteData | TickData | ReasonData | NoteData;

/**
 * One accepted action, as recorded. `hash` is SHA-256 (hex) over the canonical JSON of every
 * other field (see `hashEvent`); `prevHash` links to the previous event (64 zeros for the first),
 * so any edit, deletion, insertion or reordering breaks the chain.
 */
export interface RunEvent {
  /** 1-based position in the record: the event number used in every problem report. */
  seq: number;
  /** UTC, ISO 8601 with milliseconds (`Date.prototype.toISOString`). */
  at: string;
  actor: string;
  /** The step acted on; null for `start` and for notes on the whole run. */
  stepId: string | null;
  action: RunEventAction;
  data: EventData;
  prevHash: string;
  hash: string;
}

/** An event before it is hashed. */
export type UnhashedEvent = Omit<RunEvent, 'hash'>;

/** The `prevHash` of the first event. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * Every field of the event except its own hash, so that any added, removed or changed field
 * changes the hash.
 */
export function eventBody(event: UnhashedEvent | RunEvent): Record<string, JsonValue> {
  const { hash: _ignored, ...body } = event as RunEvent;
  return body as unknown as Record<string, JsonValue>;
}
