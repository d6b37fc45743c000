import type { Runbook } from '../types';
import type { Blocker, RunState } from './runState';
import { conditionHolds } from './conditionHolds';

const RESOLVED = new Set(['done', 'skipped', 'failed']);

/**
 * The steps a run would go through from `fromIndex` if each were completed: the step itself,
 * then its `next` (or, when that does not apply, the following applicable step), else the
 * following applicable step that is not branch-only, until a step that ends the run.
 * Stops before revisiting a step. Returns step indexes.
 */
export function runPath(runbook: Runbook, state: Pick<RunState, 'variant' | 'inputs'>, fromIndex: number, limit = Infinity): number[] {
  const applies = (i: number) => conditionHolds(runbook.steps[i]!.when, state.variant, state.inputs);
  const following = (i: number): number | undefined => {
    for (let j = i + 1; j < runbook.steps.length; j++) if (!runbook.steps[j]!.branchOnly && applies(j)) return j;
    return undefined;
  };
  const path: number[] = [];
  const seen = new Set<number>();
  let i: number | undefined = fromIndex;
  while (i !== undefined && !seen.has(i) && path.length < limit) {
    path.push(i);
    seen.add(i);
    const step = runbook.steps[i]!;
    if (step.end) break;
    if (step.next !== undefined) {
      const target = runbook.steps.findIndex((s) => s.id === step.next);
      i = target < 0 ? undefined : applies(target) ? target : following(target);
    } else i = following(i);
  }
  return path;
}

/**
 * Fills the derived parts of a state (status of unresolved steps, progress, completion,
 * blockers) from its recorded parts. Mutates and returns `state`, a private copy.
 */
export function deriveRunState(runbook: Runbook, state: RunState): RunState {
  const currentIndex = state.current === null ? -1 : runbook.steps.findIndex((s) => s.id === state.current);
  const path = currentIndex < 0 ? [] : runPath(runbook, state, currentIndex);
  const onPath = new Set(path);
  let resolved = 0;
  let resolvedOnPath = 0;
  runbook.steps.forEach((step, i) => {
    const st = state.steps[i]!;
    if (!conditionHolds(step.when, state.variant, state.inputs)) {
      st.status = 'not-applicable';
      return;
    }
    if (RESOLVED.has(st.status)) {
      resolved += 1;
      if (onPath.has(i)) resolvedOnPath += 1;
      return;
    }
    st.status = i === currentIndex ? 'current' : onPath.has(i) ? 'pending' : 'bypassed';
  });
  state.complete = state.outcome !== null;
  // A resolved step that the path reaches again (a retry) counts once, as still to do.
  state.progress = { done: resolved - resolvedOnPath, total: resolved - resolvedOnPath + path.length };
  state.blockers = state.complete ? [] : blockersOf(runbook, state, path);
  return state;
}

function blockersOf(runbook: Runbook, state: RunState, path: readonly number[]): Blocker[] {
  const blockers: Blocker[] = [];
  path.forEach((i, n) => {
    const step = runbook.steps[i]!;
    blockers.push({ stepId: step.id, kind: 'step', message: n === 0 ? `"${step.title}" is the current step.` : `"${step.title}" is still to do.` });
    if (n > 0) return;
    const ticked = new Set(state.steps[i]!.ticked);
    for (const check of step.checks ?? []) {
      if (!ticked.has(check.id)) blockers.push({ stepId: step.id, kind: 'check', id: check.id, message: `Sub-check not ticked: ${check.text}` });
    }
    for (const field of step.evidence ?? []) {
      if (field.secret || field.required === false) continue;
      blockers.push({ stepId: step.id, kind: 'evidence', id: field.id, message: `Evidence to record: ${field.label}` });
    }
  });
  return blockers;
}
