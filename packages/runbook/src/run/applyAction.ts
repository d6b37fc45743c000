import { appendEvent } from './appendEvent';
import type { Run, RunResult } from './run';
import type { RunAction } from './runAction';
import type { EventData, FieldValue } from './runEvent';

/**
 * Applies one action to a run. Accepted: a new run with one more event. Refused: an error value
 * (code + message); the given run is unchanged (runs are immutable).
 */
export async function applyAction(run: Run, action: RunAction, options: { actor?: string } = {}): Promise<RunResult> {
  const actor = options.actor ?? run.context.actor;
  const stepId = action.type === 'note' ? (action.stepId ?? null) : action.stepId;
  return appendEvent(run.runbook, run.events, run.state, run.context, { actor, stepId, action: action.type, data: dataOf(run, action) });
}

function dataOf(run: Run, action: RunAction): EventData {
  switch (action.type) {
    case 'complete': {
      const evidence: Record<string, FieldValue> = {};
      for (const [key, value] of Object.entries(action.evidence ?? {})) if (value !== undefined) evidence[key] = value;
      // Record every confirmed sub-check, so the record alone shows what was confirmed.
      const ticked = run.state.steps.find((s) => s.id === action.stepId)?.ticked ?? [];
      const checks = [...new Set([...ticked, ...(action.checks ?? [])])].sort();
      return { evidence, checks };
    }
    case 'tick':
      return { checkId: action.checkId, ticked: action.ticked ?? true };
    case 'skip':
    case 'fail':
    case 'reopen':
      return { reason: String(action.reason ?? '').trim() };
    case 'note':
      return { note: String(action.note ?? '').trim() };
  }
}
