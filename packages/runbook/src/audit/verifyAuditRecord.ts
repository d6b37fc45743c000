import { checkEventShape } from '../run/checkEventShape';
import { hashEvent } from '../run/hashEvent';
import { MAX_RUN_EVENTS, replay } from '../run/replay';
import { GENESIS_HASH, type RunbookIdentity, type RunEvent, type StartData } from '../run/runEvent';
import type { RunState } from '../run/runState';
import { sha256Hex } from '../run/sha256Hex';
import type { Runbook } from '../types';
import { AUDIT_RECORD_FORMAT, AUDIT_RECORD_VERSION } from './auditRecord';
import { describeEvent, eventStep, safe, stepLabel, stepOf, type ProblemStep } from './describeEvent';
import { parseRecordJson } from './parseRecordJson';

export type AuditProblemCode =
  | 'record-format'
  | 'record-json'
  | 'record-field'
  | 'too-many-events'
  | 'event-format'
  | 'sequence'
  | 'hash-mismatch'
  | 'broken-link'
  | 'time-order'
  | 'invalid-action'
  | 'event-count'
  | 'head-hash'
  | 'ticket-head-hash'
  | 'runbook-identity'
  | 'runbook-source';

export interface AuditProblem {
  /** The 1-based event number (position in the record), or null for the record as a whole. */
  seq: number | null;
  code: AuditProblemCode;
  /**
   * The problem in words, naming the step, the field and what changed where they are known
   * (issue 14 item 5), so the CLI and the page print the same sentence. Values from the record
   * in it are escaped: no control, newline or bidirectional character.
   */
  message: string;
  /** The step the event acted on, when there is one. */
  step?: ProblemStep;
  /** The evidence field, sub-check or record field concerned, when there is one. */
  field?: string;
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
  /**
   * Whether the chain ends in the head hash written in the ticket (`expectedHeadHash`): only
   * then is the record known to be the whole run. Absent when no head hash was given: a
   * consistent record may still be a shorter run (a truncated record with its count and head
   * hash adjusted is consistent).
   */
  matchesTicket?: boolean;
  /** Whether the events were replayed against the runbook (needs the runbook or its source). */
  replayed: boolean;
  summary: AuditSummary | null;
  /** The replayed state, when the replay succeeded. */
  state?: RunState;
}

export interface VerifyOptions {
  /** The head hash recorded in the ticket when the run ended. */
  expectedHeadHash?: string;
}

const HEX64 = /^[0-9a-f]{64}$/;
const HASH_BATCH = 256;
const RECORD_KEYS: ReadonlySet<string> = new Set(['format', 'formatVersion', 'runbook', 'eventCount', 'headHash', 'events']);

/**
 * Checks an audit record read from anywhere: the format, every event's shape and hash, every
 * link to the previous hash, sequence numbers, time order, the head hash and the count; with the
 * runbook source, that it is the source the run followed; with the runbook model (from
 * `loadRunbook` of that source), that every event was a valid action at its point (replay);
 * with the ticket's head hash, that the record is the whole run. Give the file's text rather
 * than a parsed value: it is then read strictly (`parseRecordJson`: duplicate keys, unsafe
 * integers, respelt numbers and lone surrogates are refused). Collects every problem, each with
 * its event number and, where known, its step and field; never throws.
 */
export async function verifyAuditRecord(input: unknown, runbookSource?: string, runbook?: Runbook, options: VerifyOptions = {}): Promise<AuditVerification> {
  const problems: AuditProblem[] = [];
  const add = (seq: number | null, code: AuditProblemCode, message: string, where: { step?: ProblemStep | undefined; field?: string | undefined } = {}) =>
    problems.push({ seq, code, message, ...(where.step ? { step: where.step } : {}), ...(where.field !== undefined ? { field: where.field } : {}) });
  const result = (extra: Partial<AuditVerification> = {}): AuditVerification => ({ valid: problems.length === 0, problems, headHash: null, replayed: false, summary: null, ...extra });

  let record: unknown = input;
  if (typeof input === 'string') {
    const parsed = parseRecordJson(input);
    if (!parsed.ok) {
      add(null, 'record-json', `The record is not valid as written: ${parsed.message} (at character ${parsed.offset + 1}).`);
      return result();
    }
    record = parsed.value;
  }
  if (!isObject(record)) {
    add(null, 'record-format', 'The record is not a JSON object.');
    return result();
  }
  if (record.format !== AUDIT_RECORD_FORMAT) add(null, 'record-format', `This is not a Stepwise audit record (format is ${show(record.format)}, expected "${AUDIT_RECORD_FORMAT}").`);
  if (record.formatVersion !== AUDIT_RECORD_VERSION) {
    add(null, 'record-format', `Unsupported record format version ${show(record.formatVersion)}; this Stepwise reads version ${AUDIT_RECORD_VERSION}.`);
    return result();
  }
  for (const key of Object.keys(record)) {
    if (!RECORD_KEYS.has(key)) add(null, 'record-field', `The record has a field "${safe(key)}" that Stepwise never writes: it was added after export.`, { field: key });
  }
  if (isObject(record.runbook)) {
    for (const key of Object.keys(record.runbook)) {
      if (!['id', 'version', 'sourceSha256'].includes(key)) add(null, 'record-field', `The record's runbook has a field "${safe(key)}" that Stepwise never writes: it was added after export.`, { field: `runbook.${key}` });
    }
  }
  const events = record.events;
  if (!Array.isArray(events) || events.length === 0) {
    add(null, 'record-format', 'The record has no events.');
    return result();
  }
  if (events.length > MAX_RUN_EVENTS) {
    add(null, 'too-many-events', `The record holds ${events.length} events; a run holds at most ${MAX_RUN_EVENTS}, so it is not checked further.`);
    return result();
  }

  const start = events[0] as RunEvent;
  const startData = isObject(start) && start.action === 'start' && isObject(start.data) ? (start.data as StartData) : undefined;
  const identity = startData && isObject(startData.runbook) ? startData.runbook : undefined;
  // The runbook model names steps and fields only when it is the one the run followed.
  let sourceMatches = true;
  if (runbookSource !== undefined && identity) sourceMatches = (await sha256Hex(runbookSource)) === identity.sourceSha256;
  const names = sourceMatches ? runbook : undefined;

  // Every event's own hash, computed a batch at a time: Web Crypto digests run off the main
  // thread, so a batch overlaps them instead of waiting for each in turn.
  const hashes: string[] = new Array<string>(events.length);
  for (let from = 0; from < events.length; from += HASH_BATCH) {
    const batch = events.slice(from, from + HASH_BATCH) as RunEvent[];
    const computed = await Promise.all(batch.map((event) => (isObject(event) ? safeHash(event) : Promise.resolve('unhashable'))));
    computed.forEach((hash, k) => (hashes[from + k] = hash));
  }

  // The chain: every event's own hash, its link to the one before, its number and its time.
  let headHash: string | null = null;
  for (let i = 0; i < events.length; i++) {
    const seq = i + 1;
    const event = events[i] as RunEvent;
    const step = eventStep(event, names);
    const what = () => describeEvent(event, names);
    const shape = checkEventShape(event);
    if (shape) add(seq, 'event-format', `Event ${seq} (${what()}) is malformed: ${shape.message}`, { step });
    if (!isObject(event)) continue;
    if (event.seq !== seq) add(seq, 'sequence', `Event ${seq} (${what()}) is numbered ${show(event.seq)}: an event was removed, inserted or moved here.`, { step });
    const computed = hashes[i]!;
    headHash = computed;
    if (typeof event.hash !== 'string' || !HEX64.test(event.hash)) add(seq, 'event-format', `Event ${seq} (${what()}) has no valid hash.`, { step });
    else if (computed !== event.hash) {
      add(seq, 'hash-mismatch', `Event ${seq} was changed after it was recorded: ${what()} (or its time, actor or step) no longer matches its hash (its content hashes to ${short(computed)}; its recorded hash is ${short(event.hash)}).`, { step });
    }
    const previous = i === 0 ? undefined : (events[i - 1] as RunEvent);
    const expectedPrev = i === 0 ? GENESIS_HASH : previous?.hash;
    if (event.prevHash !== expectedPrev) {
      add(seq, 'broken-link', i === 0 ? 'Event 1 does not start the chain (its previous hash is not 64 zeros): earlier events were removed.' : `Event ${seq} (${what()}) does not follow event ${i} (its previous hash is ${short(event.prevHash)}; event ${i}'s hash is ${short(expectedPrev)}): an event was removed, inserted or moved here.`, { step });
    }
    if (previous && typeof previous.at === 'string' && typeof event.at === 'string' && event.at < previous.at) add(seq, 'time-order', `Event ${seq} (${what()}) is earlier than event ${i} (${safe(previous.at)}).`, { step });
    if (i > 0 && event.action === 'start') add(seq, 'invalid-action', `Event ${seq} starts the run again; only event 1 may.`);
  }
  if (!isObject(start) || start.action !== 'start') add(1, 'invalid-action', 'Event 1 is not the start of a run.');

  if (record.eventCount !== events.length) {
    const count = Number.isSafeInteger(record.eventCount) ? (record.eventCount as number) : 0;
    add(Math.min(count, events.length) + 1, 'event-count', `The record says it has ${show(record.eventCount)} events but holds ${events.length}: events were removed or added.`);
  }
  const lastStoredHash = (events.at(-1) as RunEvent | undefined)?.hash;
  if (record.headHash !== lastStoredHash || record.headHash !== headHash) {
    add(null, 'head-hash', `The head hash is not the hash of the last event (head ${short(record.headHash)}; last event ${short(headHash)}): events after it were removed, or the record was altered.`);
  }
  let matchesTicket: boolean | undefined;
  if (options.expectedHeadHash !== undefined) {
    const expected = options.expectedHeadHash.trim().toLowerCase();
    matchesTicket = expected === headHash;
    if (!matchesTicket) {
      add(null, 'ticket-head-hash', `The record does not end in the head hash from the ticket (the ticket says ${short(expected)}; the record's chain ends in ${short(headHash)}): it is not the run the ticket recorded — events were removed from its end, or it is another run.`);
    }
  }

  if (identity && (!isObject(record.runbook) || record.runbook.id !== identity.id || record.runbook.version !== identity.version || record.runbook.sourceSha256 !== identity.sourceSha256)) {
    add(null, 'runbook-identity', 'The runbook named at the top of the record is not the one named in the start event.', { field: 'runbook' });
  }

  // The runbook: the exact source followed, then a replay of every action against it.
  if (runbookSource !== undefined && identity && !sourceMatches) {
    const actual = await sha256Hex(runbookSource);
    add(1, 'runbook-source', `The given runbook is not the source the run followed (the run's source hashes to ${short(identity.sourceSha256)}; the given one to ${short(actual)}): a different version or an edited file.`);
  }
  // The model is passed in rather than parsed here, so the browser bundle carries no schema
  // compiler (the site uses validators compiled ahead of time; security requirement 3).
  let state: RunState | undefined;
  let replayed = false;
  if (runbook && sourceMatches) {
    replayed = true;
    const replay_ = replay(runbook, events as RunEvent[]);
    if (replay_.ok) state = replay_.state;
    else if (!problems.some((p) => p.seq === replay_.seq)) {
      const event = events[replay_.seq - 1];
      const step = replay_.error.stepId !== undefined ? stepOf(replay_.error.stepId, runbook) : eventStep(event, runbook);
      const field = replay_.error.field !== undefined ? fieldLabel(runbook, step?.id, replay_.error.field) : undefined;
      add(replay_.seq, 'invalid-action', `Event ${replay_.seq} (${describeEvent(event, runbook)}) is not a valid action at that point of the run${step ? ` on ${stepLabel(step)}` : ''}${field ? `, ${field}` : ''}: ${safe(replay_.error.message)}`, {
        step,
        ...(replay_.error.field !== undefined ? { field: replay_.error.field } : {}),
      });
    }
  }

  problems.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
  const summary = startData && identity ? summarise(events as RunEvent[], startData, state) : null;
  return result({ headHash, replayed, summary, ...(matchesTicket !== undefined ? { matchesTicket } : {}), ...(state ? { state } : {}) });
}

/** `evidence "Ticket link"` or `sub-check "The ticket is open"`, from the runbook. */
function fieldLabel(runbook: Runbook, stepId: string | undefined, field: string): string {
  const step = runbook.steps.find((s) => s.id === stepId);
  const evidence = step?.evidence?.find((f) => f.id === field);
  if (evidence) return `evidence "${safe(evidence.label)}"`;
  const check = step?.checks?.find((c) => c.id === field);
  if (check) return `sub-check "${safe(check.text)}"`;
  const input = runbook.inputs?.find((f) => f.id === field);
  if (input) return `input "${safe(input.label)}"`;
  return `field "${safe(field)}"`;
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
  return typeof hash === 'string' ? (hash.length > 16 ? `${hash.slice(0, 12)}…` : JSON.stringify(safe(hash))) : show(hash);
}

/** A value from the record in a message: JSON, escaped, at most 200 characters. */
function show(value: unknown): string {
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return safe(text);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
