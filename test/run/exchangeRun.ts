import { applyAction, startRun, type Run, type RunAction, type Runbook } from '@stepwise/runbook';
import { goodValue } from './actionArbitrary';
import { expectOk, steppingClock } from './fixtures';

export const EXCHANGE_INPUTS = { ticket: 'INC-0041873', account: 'ana.lopez@example.org', 'sam-account-name': 'alopez', 'account-class': 'standard', reason: 'forgotten', 'reset-path': 'administrator', privileged: false };

/** Completes the current step with every sub-check confirmed and every non-secret evidence field filled. */
export function completeCurrent(run: Run): RunAction {
  const step = run.runbook.steps.find((s) => s.id === run.state.current)!;
  const evidence = Object.fromEntries((step.evidence ?? []).filter((f) => !f.secret).map((f) => [f.id, goodValue(f)]));
  return { type: 'complete', stepId: step.id, evidence, checks: (step.checks ?? []).map((c) => c.id) };
}

/** A whole run: start, then complete each current step (with `extra` actions by step id) until it ends. */
export async function runThrough(runbook: Runbook, source: string, variant: string, extra: Record<string, RunAction[]> = {}, inputs: Record<string, string | boolean> = EXCHANGE_INPUTS): Promise<Run> {
  // Only the inputs this runbook declares: the frozen copy (test/fixtures) predates account-class and sam-account-name.
  const declared = new Set((runbook.inputs ?? []).map((f) => f.id));
  const own = Object.fromEntries(Object.entries(inputs).filter(([id]) => declared.has(id)));
  let run = expectOk(await startRun({ runbook, runbookSource: source, variant, inputs: own, actor: 'alice@example.org', clock: steppingClock('2025-03-03T08:00:00.000Z', 60_000) }));
  const used = new Set<string>();
  for (let guard = 0; guard < 100 && !run.state.complete; guard++) {
    const id = run.state.current!;
    const before = !used.has(id) ? extra[id] : undefined;
    used.add(id);
    for (const action of before ?? []) run = expectOk(await applyAction(run, action));
    if (run.state.current === id && !run.state.complete) run = expectOk(await applyAction(run, completeCurrent(run)));
  }
  return run;
}
