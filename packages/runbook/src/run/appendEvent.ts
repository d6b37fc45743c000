import type { Runbook } from '../types';
import { applyEvent } from './applyEvent';
import { hashEvent } from './hashEvent';
import type { Run, RunContext, RunResult } from './run';
import { runError } from './runError';
import { GENESIS_HASH, type EventData, type RunEvent, type RunEventAction, type UnhashedEvent } from './runEvent';
import { MAX_RUN_EVENTS } from './replay';
import type { RunState } from './runState';

/** Stamps, checks, hashes and appends one event; the inputs are never modified. */
export async function appendEvent(
  runbook: Runbook,
  events: readonly RunEvent[],
  state: RunState | null,
  context: RunContext,
  body: { actor: string; stepId: string | null; action: RunEventAction; data: EventData },
): Promise<RunResult> {
  if (events.length >= MAX_RUN_EVENTS) return { ok: false, error: runError('too-many-events', `The run already holds ${MAX_RUN_EVENTS} events, the most one record may hold: export it and start a new run.`) };
  const now = context.clock();
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) return { ok: false, error: runError('invalid-time', 'The clock gave no valid time.') };
  const unhashed: UnhashedEvent = {
    seq: events.length + 1,
    at: now.toISOString(),
    actor: body.actor,
    stepId: body.stepId,
    action: body.action,
    data: body.data,
    prevHash: events.at(-1)?.hash ?? GENESIS_HASH,
  };
  const applied = applyEvent(runbook, state, unhashed);
  if (!applied.ok) return applied;
  const event: RunEvent = { ...unhashed, hash: await hashEvent(unhashed) };
  return { ok: true, run: { runbook, events: [...events, event], state: applied.state, context } };
}
