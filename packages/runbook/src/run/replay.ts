import type { Runbook } from '../types';
import { applyEventInPlace } from './applyEvent';
import type { RunError } from './runError';
import type { RunEvent, UnhashedEvent } from './runEvent';
import type { RunState } from './runState';

/**
 * The most events one run may hold. A day's run of the longest runbook is a few hundred events;
 * the cap keeps a hostile or runaway record from costing unbounded time and memory in the
 * verifier, the terminal and the site (issue 15). Documented in docs/it-staff/audit-record.md.
 */
export const MAX_RUN_EVENTS = 100_000;

export type ReplayResult =
  | { ok: true; state: RunState }
  /** `seq` is the 1-based position of the first event that is not a valid action at its point; `state` is the state before it. */
  | { ok: false; seq: number; error: RunError; state: RunState | null };

/**
 * Rebuilds a run's state from its events alone, through the same transition as live actions.
 * Pure and synchronous, and linear in the events: the state being built is private to this
 * call, so each event updates it in place instead of cloning it. Hashes are checked separately
 * (`verifyAuditRecord`).
 */
export function replay(runbook: Runbook, events: readonly (RunEvent | UnhashedEvent)[]): ReplayResult {
  if (events.length > MAX_RUN_EVENTS) {
    return { ok: false, seq: MAX_RUN_EVENTS + 1, error: { code: 'too-many-events', message: `The run has ${events.length} events; at most ${MAX_RUN_EVENTS} are accepted.` }, state: null };
  }
  let state: RunState | null = null;
  for (let i = 0; i < events.length; i++) {
    const { hash: _hash, ...event } = events[i] as RunEvent;
    const result = applyEventInPlace(runbook, state, event);
    if (!result.ok) return { ok: false, seq: i + 1, error: result.error, state };
    state = result.state;
  }
  if (!state) return { ok: false, seq: 1, error: { code: 'not-started', message: 'There are no events: a run begins with its start event.' }, state: null };
  return { ok: true, state };
}
