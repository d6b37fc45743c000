import type { Runbook } from '../types';
import { applyEvent } from './applyEvent';
import type { RunError } from './runError';
import type { RunEvent, UnhashedEvent } from './runEvent';
import type { RunState } from './runState';

export type ReplayResult =
  | { ok: true; state: RunState }
  /** `seq` is the 1-based position of the first event that is not a valid action at its point; `state` is the state before it. */
  | { ok: false; seq: number; error: RunError; state: RunState | null };

/**
 * Rebuilds a run's state from its events alone, through the same transition as live actions.
 * Pure and synchronous; hashes are checked separately (`verifyChain`).
 */
export function replay(runbook: Runbook, events: readonly (RunEvent | UnhashedEvent)[]): ReplayResult {
  let state: RunState | null = null;
  for (let i = 0; i < events.length; i++) {
    const { hash: _hash, ...event } = events[i] as RunEvent;
    const result = applyEvent(runbook, state, event);
    if (!result.ok) return { ok: false, seq: i + 1, error: result.error, state };
    state = result.state;
  }
  if (!state) return { ok: false, seq: 1, error: { code: 'not-started', message: 'There are no events: a run begins with its start event.' }, state: null };
  return { ok: true, state };
}
