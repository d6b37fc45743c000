import type { ConformanceMatrix, ConformanceOutcome, ConformanceReport, ResolvedPolicy, Standard } from '@stepwise/policy';
import type { ClauseIndex } from './clauseIndex';
import { describeLifecycle, describeRules, type RuleDescription } from './describeRules';
import { describeChanges } from './describeChanges';
import { sourceInfo } from './sourceInfo';
import { standardName } from './standardName';
import type { ClauseRef, ConformanceView, OutcomeCounts, PolicyPageData, PolicySummary, Revision, RoutePaths, RuleView } from './types';

export interface PolicyPageInput {
  policies: ReadonlyMap<string, ResolvedPolicy>;
  policyFiles: ReadonlyMap<string, string>;
  standards: readonly Standard[];
  matrix: ConformanceMatrix;
  clauses: ClauseIndex;
  /** Runbooks that apply each policy. */
  appliedBy: ReadonlyMap<string, { id: string; title: string }[]>;
  revisions: ReadonlyMap<string, Revision>;
  editUrl: string;
  routes: RoutePaths;
}

/** Worst first: the outcome a matrix cell shows is the first one present in this list. */
const SEVERITY: ConformanceOutcome[] = ['fails', 'conflicts', 'meets', 'manual', 'not-applicable'];

export function overallOutcome(counts: OutcomeCounts): ConformanceOutcome {
  return SEVERITY.find((o) => counts[o] > 0) ?? 'not-applicable';
}

/** One page per policy: rules in plain words with their origin, chain, examples, conformance. */
export function policyPages(input: PolicyPageInput): { summary: PolicySummary; page: PolicyPageData }[] {
  return input.matrix.policyIds.map((id, row) => {
    const policy = input.policies.get(id)!;
    const reports = input.matrix.reports[row] ?? [];
    const source = sourceInfo(input.policyFiles.get(id) ?? `${id}.yaml`, input.revisions, input.editUrl);
    const rules = describeRules(policy).map((rule) => ruleView(rule, origin(policy, ruleFields(rule.id))));
    const lifecycle = describeLifecycle(policy.lifecycle).map((rule) => {
      // Lifecycle settings carry no `clauses:` in YAML; they answer the clauses they decide and meet.
      const met = reports.flatMap((r) => r.clauses.filter((c) => c.outcome === 'meets' && c.field !== undefined && ruleFields(rule.id).some((f) => c.field === f || c.field!.startsWith(`${f}.`))).map((c) => c.clauseId));
      return ruleView({ ...rule, clauses: [...new Set(met)] }, origin(policy, ruleFields(rule.id)));
    });
    const conformance = reports.map((report) => conformanceView(report, input.standards, input.clauses));
    const cited = new Set([...rules, ...lifecycle].flatMap((r) => r.clauses));
    const clauses: Record<string, ClauseRef> = Object.fromEntries([...cited].sort().map((c) => [c, input.clauses.resolve(c)]));
    const page: PolicyPageData = {
      policy: pick(policy),
      rules,
      lifecycle,
      examples: {
        accept: (policy.examples?.accept ?? []).map((e) => ({ password: e.password, ...(e.why ? { why: e.why.trim() } : {}) })),
        reject: (policy.examples?.reject ?? []).map((e) => ({ password: e.password, rule: e.rule, ...(e.why ? { why: e.why.trim() } : {}) })),
      },
      chain: policy.levels.map((level) => ({
        id: level.id,
        title: input.policies.get(level.id)?.title ?? level.id,
        changes: describeChanges(level.changed, input.policies.get(level.id) ?? policy),
      })),
      conformance,
      runbooks: input.appliedBy.get(id) ?? [],
      clauses,
      source,
      routes: input.routes,
    };
    const summary: PolicySummary = {
      id,
      title: policy.title,
      version: policy.version,
      summary: policy.summary,
      ruleCount: rules.filter((r) => r.enabled).length + lifecycle.length,
      conformance: conformance.map((c) => ({ standard: c.standard.id, overall: c.overall, counts: c.counts })),
      source,
    };
    if (policy.extends) summary.extends = policy.extends;
    if (policy.emulates) summary.emulates = policy.emulates;
    return { summary, page };
  });
}

function pick(policy: ResolvedPolicy): PolicyPageData['policy'] {
  const out: PolicyPageData['policy'] = { id: policy.id, title: policy.title, version: policy.version, summary: policy.summary };
  if (policy.extends) out.extends = policy.extends;
  if (policy.emulates) out.emulates = policy.emulates;
  if (policy.normalization) out.normalization = policy.normalization;
  return out;
}

function ruleView(rule: RuleDescription, origin: string): RuleView {
  return { ...rule, origin };
}

/** The dotted policy fields behind a rule id: `length` -> rules.length, `lifecycle.x` -> lifecycle.x. */
function ruleFields(id: string): string[] {
  if (id.startsWith('lifecycle.')) return [id];
  if (id.startsWith('pattern:')) return ['rules.patterns'];
  return [`rules.${id}`];
}

/** The last level of the `extends` chain that set any of the fields. */
function origin(policy: ResolvedPolicy, fields: string[]): string {
  for (let i = policy.levels.length - 1; i >= 0; i--) {
    const level = policy.levels[i]!;
    if (level.changed.some((changed) => fields.some((f) => changed === f || changed.startsWith(`${f}.`)))) return level.id;
  }
  return policy.id;
}

function conformanceView(report: ConformanceReport, standards: readonly Standard[], clauses: ClauseIndex): ConformanceView {
  const standard = standards.find((s) => s.id === report.standardId);
  return {
    standard: standardName(standard ?? { id: report.standardId, title: report.standardId }),
    counts: report.summary,
    overall: overallOutcome(report.summary),
    clauses: report.clauses.map((c) => ({ clause: clauses.resolve(c.clauseId), outcome: c.outcome, message: c.explanation })),
  };
}
