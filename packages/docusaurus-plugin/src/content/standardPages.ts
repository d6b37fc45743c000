import type { ConformanceMatrix, ResolvedPolicy, Standard, StandardConflict } from '@stepwise/policy';
import type { ClauseIndex } from './clauseIndex';
import { overallOutcome } from './policyPages';
import { sourceInfo } from './sourceInfo';
import type { TraceIndex } from './traceIndex';
import type { ConflictView, OutcomeCounts, Revision, RoutePaths, StandardPageData, StandardSummary } from './types';

export interface StandardPageInput {
  standards: readonly { standard: Standard; file: string }[];
  policies: ReadonlyMap<string, ResolvedPolicy>;
  matrix: ConformanceMatrix;
  conflicts: readonly ConflictView[];
  trace: TraceIndex;
  revisions: ReadonlyMap<string, Revision>;
  editUrl: string;
  routes: RoutePaths;
}

/**
 * One page per standard: each clause with every policy's outcome, the rules citing it and the
 * runbook steps answering it.
 */
export function standardPages(input: StandardPageInput): { summary: StandardSummary; page: StandardPageData }[] {
  return input.standards.map(({ standard, file }) => {
    const column = input.matrix.standardIds.indexOf(standard.id);
    const counts: OutcomeCounts = { meets: 0, fails: 0, conflicts: 0, 'not-applicable': 0, manual: 0 };
    const clauses = standard.clauses.map((clause) => {
      const policies = input.matrix.policyIds.flatMap((policyId, row) => {
        const result = input.matrix.reports[row]?.[column]?.clauses.find((c) => c.clauseId === clause.id);
        if (!result) return [];
        counts[result.outcome]++;
        return [{ id: policyId, title: input.policies.get(policyId)?.title ?? policyId, outcome: result.outcome, message: result.explanation }];
      });
      return {
        id: clause.id,
        title: clause.title,
        text: clause.summary.trim(),
        strength: clause.level ? `${clause.strength} · ${clause.level}` : clause.strength,
        policies,
        rules: input.trace.rulesByClause.get(clause.id) ?? [],
        steps: input.trace.stepsByClause.get(clause.id) ?? [],
      };
    });
    const source = sourceInfo(file, input.revisions, input.editUrl);
    const page: StandardPageData = {
      standard: { id: standard.id, title: standard.title, summary: standard.summary.trim(), url: standard.url, version: standard.version },
      clauses,
      conflicts: input.conflicts.filter((c) => c.standards.includes(standard.id)),
      source,
      routes: input.routes,
    };
    const summary: StandardSummary = { id: standard.id, title: standard.title, summary: standard.summary.trim(), clauseCount: standard.clauses.length, counts, source };
    return { summary, page };
  });
}

/** Conflicts between standards, with both clauses resolved for linking. */
export function conflictViews(conflicts: readonly StandardConflict[], clauses: ClauseIndex): ConflictView[] {
  return conflicts.map((c) => ({
    id: `${c.a.clauseId}--${c.b.clauseId}`,
    title: `${c.kind === 'exclusive' ? 'Cannot meet both' : 'Pull in opposite directions'}: ${c.a.clauseId} and ${c.b.clauseId}`,
    description: c.explanation,
    standards: [c.a.standardId, c.b.standardId],
    clauses: [clauses.resolve(c.a.clauseId), clauses.resolve(c.b.clauseId)],
  }));
}
