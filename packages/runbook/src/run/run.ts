import type { Runbook } from '../types';
import type { RunEvent } from './runEvent';
import type { RunError } from './runError';
import type { RunState } from './runState';

/** Who acts, and when: passed in, so the engine reads no environment. */
export interface RunContext {
  actor: string;
  /** Called once per event; must not go backwards (time order is part of the record). */
  clock: () => Date;
}

/** A run in memory: immutable; every accepted action returns a new one. */
export interface Run {
  runbook: Runbook;
  events: readonly RunEvent[];
  state: RunState;
  context: RunContext;
}

export type RunResult = { ok: true; run: Run } | { ok: false; error: RunError };
