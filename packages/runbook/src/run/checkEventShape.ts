import type { RunEventAction, UnhashedEvent } from './runEvent';
import { runError, type RunError } from './runError';

const ACTIONS: ReadonlySet<string> = new Set<RunEventAction>(['start', 'complete', 'tick', 'skip', 'fail', 'reopen', 'note']);
// The exact form `Date.prototype.toISOString` produces: UTC, milliseconds, so text order is time order.
const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const HEX64 = /^[0-9a-f]{64}$/;
const MAX_ACTOR = 200;

/** The keys each action's data must have, exactly: nothing can be smuggled into a record. */
const DATA_KEYS: Record<RunEventAction, readonly string[]> = {
  start: ['inputs', 'runbook', 'variant'],
  complete: ['checks', 'evidence'],
  tick: ['checkId', 'ticked'],
  skip: ['reason'],
  fail: ['reason'],
  reopen: ['reason'],
  note: ['note'],
};

/**
 * Structural checks of one event read from anywhere (a live action or a stored record): field
 * types, the exact set of keys, a well-formed UTC time. Semantics are `applyEvent`'s job.
 */
export function checkEventShape(event: unknown): RunError | undefined {
  const bad = (message: string) => runError('invalid-event', message);
  if (!isPlainObject(event)) return bad('The event is not an object.');
  const keys = Object.keys(event).filter((k) => k !== 'hash').sort();
  const expected = ['action', 'actor', 'at', 'data', 'prevHash', 'seq', 'stepId'];
  if (keys.join() !== expected.join()) return bad(`The event has fields ${keys.join(', ')}; expected ${expected.join(', ')}.`);
  const e = event as unknown as UnhashedEvent;
  if (!Number.isSafeInteger(e.seq) || e.seq < 1) return bad('The sequence number is not a positive integer.');
  if (typeof e.at !== 'string' || !ISO_UTC.test(e.at) || Number.isNaN(Date.parse(e.at))) return runError('invalid-time', `The time ${JSON.stringify(e.at)} is not an ISO 8601 UTC time like 2025-01-31T09:00:00.000Z.`);
  if (typeof e.actor !== 'string' || e.actor.trim() === '' || e.actor.length > MAX_ACTOR) return runError('invalid-actor', `The actor must be a name of 1 to ${MAX_ACTOR} characters.`);
  if (typeof e.action !== 'string' || !ACTIONS.has(e.action)) return bad(`Unknown action ${JSON.stringify(e.action)}.`);
  if (e.stepId !== null && typeof e.stepId !== 'string') return bad('The step id must be text or null.');
  if (typeof e.prevHash !== 'string' || !HEX64.test(e.prevHash)) return bad('The previous hash is not 64 hex digits.');
  if (!isPlainObject(e.data)) return bad('The event data is not an object.');
  const dataKeys = Object.keys(e.data).sort();
  const wanted = DATA_KEYS[e.action];
  if (dataKeys.join() !== wanted.join()) return bad(`A ${e.action} event has data ${wanted.join(', ')}; this one has ${dataKeys.join(', ') || 'none'}.`);
  const d = e.data as unknown as Record<string, unknown>;
  switch (e.action) {
    case 'start': {
      const rb = d.runbook;
      if (!isPlainObject(rb) || Object.keys(rb).sort().join() !== 'id,sourceSha256,version' || typeof rb.id !== 'string' || typeof rb.version !== 'string' || typeof rb.sourceSha256 !== 'string' || !HEX64.test(rb.sourceSha256)) {
        return bad('The start event must name the runbook: id, version and sourceSha256 (64 hex digits).');
      }
      if (d.variant !== null && typeof d.variant !== 'string') return bad('The variant must be text or null.');
      if (!isValueMap(d.inputs)) return bad('The inputs must map ids to text, numbers or yes/no values.');
      if (e.stepId !== null) return bad('A start event has no step id.');
      return undefined;
    }
    case 'complete':
      if (!isValueMap(d.evidence)) return bad('The evidence must map field ids to text, numbers or yes/no values.');
      if (!Array.isArray(d.checks) || !d.checks.every((c) => typeof c === 'string')) return bad('The checks must be a list of sub-check ids.');
      break;
    case 'tick':
      if (typeof d.checkId !== 'string' || typeof d.ticked !== 'boolean') return bad('A tick names a sub-check and whether it is ticked.');
      break;
    case 'skip':
    case 'fail':
    case 'reopen':
      if (typeof d.reason !== 'string') return bad('The reason must be text.');
      break;
    case 'note':
      if (typeof d.note !== 'string') return bad('The note must be text.');
      return undefined;
  }
  if (typeof e.stepId !== 'string') return bad(`A ${e.action} event names its step.`);
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isValueMap(value: unknown): boolean {
  return isPlainObject(value) && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)));
}
