import type { ProjectRunbook } from '@stepwise/project';
import type { ClauseIndex } from './clauseIndex';
import type { PolicyPageData, StepRef, TraceRow } from './types';

export interface TraceIndex {
  /** One row per runbook step: step -> policy rules -> clauses. */
  rows: TraceRow[];
  /** Clause id -> the steps that answer it, directly or through a rule they apply. */
  stepsByClause: Map<string, StepRef[]>;
  /** Clause id -> the policy rules that answer it. */
  rulesByClause: Map<string, { policy: string; rule: string }[]>;
}

/**
 * Joins runbook steps, the rules of each runbook's policy and the clauses those rules cite, in
 * both directions, so that an auditor can go from a step to its clauses and from a clause back
 * to every rule and step.
 */
export function traceIndex(runbooks: readonly ProjectRunbook[], policies: ReadonlyMap<string, PolicyPageData>, clauses: ClauseIndex): TraceIndex {
  const rulesByClause = new Map<string, { policy: string; rule: string }[]>();
  const ruleClauses = new Map<string, Map<string, string[]>>();
  for (const [id, page] of policies) {
    const byRule = new Map<string, string[]>();
    for (const rule of [...page.rules, ...page.lifecycle]) {
      byRule.set(rule.id, rule.clauses);
      for (const clause of rule.clauses) push(rulesByClause, clause, { policy: id, rule: rule.id });
    }
    ruleClauses.set(id, byRule);
  }

  const rows: TraceRow[] = [];
  const stepsByClause = new Map<string, StepRef[]>();
  for (const { runbook } of runbooks) {
    const byRule = runbook.policy ? ruleClauses.get(runbook.policy) : undefined;
    for (const step of runbook.steps) {
      const ref = { runbook: runbook.id, runbookTitle: runbook.title, step: step.id, stepTitle: step.title };
      const rules = (step.rules ?? []).map((rule) => ({ id: rule, clauses: (byRule?.get(rule) ?? []).map((c) => clauses.resolve(c)) }));
      const own = step.clauses ?? [];
      for (const clause of own) push(stepsByClause, clause, { ...ref, via: 'clause' });
      for (const rule of rules) {
        for (const clause of rule.clauses) if (!own.includes(clause.id)) push(stepsByClause, clause.id, { ...ref, via: `rule:${rule.id}` });
      }
      const row: TraceRow = { ...ref, rules, clauses: own.map((c) => clauses.resolve(c)) };
      if (runbook.policy) row.policy = runbook.policy;
      rows.push(row);
    }
  }
  return { rows, stepsByClause: dedupe(stepsByClause), rulesByClause };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** A step reached through several rules is listed once, by the first route found. */
function dedupe(map: Map<string, StepRef[]>): Map<string, StepRef[]> {
  for (const [clause, refs] of map) {
    const seen = new Set<string>();
    map.set(clause, refs.filter((r) => !seen.has(`${r.runbook}/${r.step}`) && seen.add(`${r.runbook}/${r.step}`)));
  }
  return map;
}
