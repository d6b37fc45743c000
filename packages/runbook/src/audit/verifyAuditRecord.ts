import { checkEventShape } from '../run/checkEventShape';
import { hashEvent } from '../run/hashEvent';
import { replay } from '../run/replay';
import { GENESIS_HASH, type RunbookIdentity, type RunEvent, type StartData } from '../run/runEvent';
import type { RunState } from '../run/runState';
import { sha256Hex } from '../run/sha256Hex';
import type { Runbook } from '../types';
import { AUDIT_RECORD_FORMAT, AUDIT_RECORD_VERSION } from './auditRecord';

export type AuditProblemCode =
  | 'record-format'
  | 'event-format'
  | 'sequence'
  | 'hash-mismatch'
  | 'broken-link'
  | 'time-order'
  | 'invalid-action'
  | 'event-count'
  | 'head-hash'
  | 'runbook-identity'
  | 'runbook-source';

export interface AuditProblem {
  /** The 1-based event number (position in the record), or null for the record as a whole. */
  seq: number | null;
  code: AuditProblemCode;
  message: string;
}

export interface AuditSummary {
  runbook: RunbookIdentity;
  variant: string | null;
  inputs: Record<string, string | number | boolean>;
  startedBy: string;
  startedAt: string;
  lastAt: string;
  actors: string[];
  eventCount: number;
  /** From the replay; absent when no runbook was given. */
  outcome?: RunState['outcome'];
  progress?: RunState['progress'];
}

export interface AuditVerification {
  valid: boolean;
  problems: AuditProblem[];
  /** The hash the chain actually ends in (recomputed), or null when there is no event. */
  headHash: string | null;
  /** Whether the events were replayed against the runbook (needs the runbook or its source). */
  replayed: boolean;
  summary: AuditSummary | null;
  /** The replayed state, when the replay succeeded. */
  state?: RunState;
}

const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Checks an audit record read from anywhere: the format, every event's shape and hash, every
 * link to the previous hash, sequence numbers, time order, the head hash and the count; with the
 * runbook source, that it is the source the run followed; with the runbook model (from
 * `loadRunbook` of that source), that every event was a valid action at its point (replay).
 * Collects every problem, each with its event number; never throws.
 */
export async function verifyAuditRecord(record: unknown, runbookSource?: string, runbook?: Runbook): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  const add = (seq: number | null, code: AuditProblemCode, message: string) => problems.push({ seq, code, message });
  const result = (extra: Partial<AuditVerification> = {}): AuditVerification => ({ valid: problems.length === 0, problems, headHash: null, replayed: false, summary: null, ...extra });

  if (!isObject(record)) {
    add(null, 'record-format', 'The record is not a JSON object.');
    return result();
  }
  if (record.format !== AUDIT_RECORD_FORMAT) add(null, 'record-format', `This is not a Stepwise audit record (format is ${JSON.stringify(record.format)}, expected "${AUDIT_RECORD_FORMAT}").`);
  if (record.formatVersion !== AUDIT_RECORD_VERSION) {
    add(null, 'record-format', `Unsupported record format version ${JSON.stringify(record.formatVersion)}; this Stepwise reads version ${AUDIT_RECORD_VERSION}.`);
    return result();
  }
  const events = record.events;
  if (!Array.isArray(events) || events.length === 0) {
    add(null, 'record-format', 'The record has no events.');
    return result();
  }

  // The chain: every event's own hash, its link to the one before, its number and its time.
  let headHash: string | null = null;
  for (let i = 0; i < events.length; i++) {
    const seq = i + 1;
    const event = events[i] as RunEvent;
    const shape = checkEventShape(event);
    if (shape) add(seq, 'event-format', `Event ${seq}: ${shape.message}`);
    if (!isObject(event)) continue;
    if (event.seq !== seq) add(seq, 'sequence', `Event ${seq} is numbered ${JSON.stringify(event.seq)}: an event was removed, inserted or moved here.`);
    const computed = await safeHash(event);
    headHash = computed;
    if (typeof event.hash !== 'string' || !HEX64.test(event.hash)) add(seq, 'event-format', `Event ${seq} has no valid hash.`);
    else if (computed !== event.hash) add(seq, 'hash-mismatch', `Event ${seq} was changed after it was recorded (its content hashes to ${short(computed)}; its recorded hash is ${short(event.hash)}).`);
    const previous = i === 0 ? undefined : (events[i - 1] as RunEvent);
    const expectedPrev = i === 0 ? GENESIS_HASH : previous?.hash;
    if (event.prevHash !== expectedPrev) {
      add(seq, 'broken-link', i === 0 ? 'Event 1 does not start the chain (its previous hash is not 64 zeros): earlier events were removed.' : `Event ${seq} does not link to event ${i} (its previous hash is ${short(event.prevHash)}; event ${i}'s hash is ${short(expectedPrev)}).`);
    }
    if (previous && typeof previous.at === 'string' && typeof event.at === 'string' && event.at < previous.at) add(seq, 'time-order', `Event ${seq} (${event.at}) is earlier than event ${i} (${previous.at}).`);
    if (i > 0 && event.action === 'start') add(seq, 'invalid-action', `Event ${seq} starts the run again; only event 1 may.`);
  }
  if (events[0]?.action !== 'start') add(1, 'invalid-action', 'Event 1 is not the start of a run.');

  if (record.eventCount !== events.length) {
    const count = Number.isSafeInteger(record.eventCount) ? (record.eventCount as number) : 0;
    add(Math.min(count, events.length) + 1, 'event-count', `The record says it has ${JSON.stringify(record.eventCount)} events but holds ${events.length}: events were removed or added.`);
  }
  const lastStoredHash = (events.at(-1) as RunEvent | undefined)?.hash;
  if (record.headHash !== lastStoredHash || record.headHash !== headHash) {
    add(null, 'head-hash', `The head hash is not the hash of the last event (head ${short(record.headHash)}; last event ${short(headHash)}): events after it were removed, or the record was altered.`);
  }

  const start = events[0] as RunEvent;
  const startData = start.action === 'start' && isObject(start.data) ? (start.data as StartData) : undefined;
  const identity = startData && isObject(startData.runbook) ? startData.runbook : undefined;
  if (identity && (!isObject(record.runbook) || record.runbook.id !== identity.id || record.runbook.version !== identity.version || record.runbook.sourceSha256 !== identity.sourceSha256)) {
    add(null, 'runbook-identity', 'The runbook named at the top of the record is not the one named in the start event.');
  }

  // The runbook: the exact source followed, then a replay of every action against it.
  let sourceMatches = true;
  if (runbookSource !== undefined && identity) {
    const actual = await sha256Hex(runbookSource);
    if (actual !== identity.sourceSha256) {
      sourceMatches = false;
      add(1, 'runbook-source', `The given runbook is not the source the run followed (the run's source hashes to ${short(identity.sourceSha256)}; the given one to ${short(actual)}): a different version or an edited file.`);
    }
  }
  // The model is passed in rather than parsed here, so the browser bundle carries no schema
  // compiler (the site uses validators compiled ahead of time; security requirement 3).
  const model = runbook;
  let state: RunState | undefined;
  let replayed = false;
  if (model && sourceMatches) {
    replayed = true;
    const replay_ = replay(model, events as RunEvent[]);
    if (replay_.ok) state = replay_.state;
    else if (!problems.some((p) => p.seq === replay_.seq)) add(replay_.seq, 'invalid-action', `Event ${replay_.seq} is not a valid action at that point of the run: ${replay_.error.message}`);
  }

  problems.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
  const summary = startData && identity ? summarise(events as RunEvent[], startData, state) : null;
  return result({ headHash, replayed, summary, ...(state ? { state } : {}) });
}

function summarise(events: readonly RunEvent[], start: StartData, state: RunState | undefined): AuditSummary {
  const first = events[0]!;
  const last = events.at(-1)!;
  return {
    runbook: start.runbook,
    variant: start.variant ?? null,
    inputs: isObject(start.inputs) ? (start.inputs as AuditSummary['inputs']) : {},
    startedBy: String(first.actor),
    startedAt: String(first.at),
    lastAt: String(last.at),
    actors: [...new Set(events.map((e) => String(e.actor)))],
    eventCount: events.length,
    ...(state ? { outcome: state.outcome, progress: state.progress } : {}),
  };
}

async function safeHash(event: RunEvent): Promise<string> {
  try {
    return await hashEvent(event);
  } catch {
    return 'unhashable';
  }
}

function short(hash: unknown): string {
  return typeof hash === 'string' ? (hash.length > 16 ? `${hash.slice(0, 12)}…` : JSON.stringify(hash)) : String(hash);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
