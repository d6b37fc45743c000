import type { Runbook } from '../types';
import { appendEvent } from './appendEvent';
import type { RunContext, RunResult } from './run';
import type { FieldValue } from './runEvent';
import { sha256Hex } from './sha256Hex';

export interface StartRunOptions extends RunContext {
  runbook: Runbook;
  /** The exact source text of the runbook; its SHA-256 is recorded so the record names what was followed. */
  runbookSource: string;
  /** Required when the runbook has variants. */
  variant?: string | null;
  /** Typed values (use `parseFieldInput` for text typed by a person). */
  inputs?: Record<string, FieldValue>;
}

/** Starts a run: validates variant and inputs and records the `start` event. */
export async function startRun(options: StartRunOptions): Promise<RunResult> {
  const { runbook, runbookSource, actor, clock } = options;
  const inputs: Record<string, FieldValue> = {};
  for (const [key, value] of Object.entries(options.inputs ?? {})) if (value !== undefined) inputs[key] = value;
  return appendEvent(runbook, [], null, { actor, clock }, {
    actor,
    stepId: null,
    action: 'start',
    data: {
      runbook: { id: runbook.id, version: runbook.version, sourceSha256: await sha256Hex(runbookSource) },
      variant: options.variant ?? null,
      inputs,
    },
  });
}
