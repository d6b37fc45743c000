import type { Step } from '../types';

export interface SuccessCycle {
  /** Step ids on the cycle, starting at the target of the closing `next`. */
  steps: string[];
  /** Index of the step whose `next` closes the cycle. */
  closingIndex: number;
}

/**
 * Each step has exactly one successor on success: nothing when it ends the run, else its `next`,
 * else the following step that is not branch-only. A cycle in that graph traps a run: however
 * the steps are completed, the end is never reached. Retry loops through `onFail` are fine,
 * since completing a step leaves them. Conditions (`when`) are ignored on purpose: a cycle
 * that some variant can enter is already a defect.
 */
export function findSuccessCycles(steps: readonly Step[], index: ReadonlyMap<string, number>): SuccessCycle[] {
  const successor = (i: number): number | undefined => {
    const step = steps[i]!;
    if (step.end) return undefined;
    if (step.next !== undefined) return index.get(step.next);
    for (let j = i + 1; j < steps.length; j++) if (!steps[j]!.branchOnly) return j;
    return undefined;
  };
  const state = new Uint8Array(steps.length); // 0 unvisited, 1 on current walk, 2 done
  const cycles: SuccessCycle[] = [];
  for (let start = 0; start < steps.length; start++) {
    const walk: number[] = [];
    let i: number | undefined = start;
    while (i !== undefined && state[i] === 0) {
      state[i] = 1;
      walk.push(i);
      i = successor(i);
    }
    if (i !== undefined && state[i] === 1) {
      const from = walk.indexOf(i);
      const loop = walk.slice(from);
      cycles.push({ steps: loop.map((k) => steps[k]!.id), closingIndex: loop[loop.length - 1]! });
    }
    for (const k of walk) state[k] = 2;
  }
  return cycles;
}
