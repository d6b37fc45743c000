/** Items of one runbook, in the order they came. */
export interface RunbookGroup<T> {
  runbook: string;
  runbookTitle: string;
  items: T[];
}

/**
 * Groups step references by runbook, keeping the first-seen order of runbooks and of items. The
 * audit and standards pages list steps of every runbook: with hundreds of runbooks, naming each
 * runbook once above its steps is what keeps those lists readable (and their pages small).
 */
export function groupByRunbook<T extends { runbook: string; runbookTitle: string }>(items: readonly T[]): RunbookGroup<T>[] {
  const groups = new Map<string, RunbookGroup<T>>();
  for (const item of items) {
    let group = groups.get(item.runbook);
    if (!group) groups.set(item.runbook, (group = { runbook: item.runbook, runbookTitle: item.runbookTitle, items: [] }));
    group.items.push(item);
  }
  return [...groups.values()];
}
