import type { Runbook } from '../types';
import type { Run, RunContext, RunResult } from './run';
import type { RunEvent } from './runEvent';
import { replay } from './replay';

/**
 * Continues a run from its recorded events (verify the record first: this replays but does not
 * check hashes).
 */
export function resumeRun(runbook: Runbook, events: readonly RunEvent[], context: RunContext): RunResult {
  const replayed = replay(runbook, events);
  if (!replayed.ok) return { ok: false, error: { ...replayed.error, message: `Event ${replayed.seq}: ${replayed.error.message}` } };
  return { ok: true, run: { runbook, events: [...events], state: replayed.state, context } };
}
