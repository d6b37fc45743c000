import { hasErrors, type Diagnostic } from '@stepwise/core';
import { conformanceMatrix, findConflicts } from '@stepwise/policy';
import { permissionMatrix } from '@stepwise/runbook';
import { loadProject, type SourceFile } from '@stepwise/project';
import { clauseIndex } from './clauseIndex';
import { enforcementView } from './enforcementView';
import { policyPages } from './policyPages';
import { runbookPages } from './runbookPages';
import { sourceInfo } from './sourceInfo';
import { standardName } from './standardName';
import { conflictViews, standardPages } from './standardPages';
import { traceIndex } from './traceIndex';
import type { AuditPageData, PolicyPageData, Revision, RoutePaths, SiteContent } from './types';

export interface SiteContentInput {
  files: readonly SourceFile[];
  revisions: ReadonlyMap<string, Revision>;
  siteRevision?: Revision;
  editUrl: string;
  routes: RoutePaths;
}

export type SiteContentResult =
  | { ok: true; content: SiteContent; diagnostics: Diagnostic[]; sources: Map<string, string> }
  | { ok: false; diagnostics: Diagnostic[]; sources: Map<string, string> };

/**
 * Source files -> the site's view model, through the same `loadProject` as `stepwise validate`
 * and the same conformance functions as `stepwise conform`. Any error diagnostic means no
 * content: the site never publishes what the CLI rejects.
 */
export function loadSiteContent(input: SiteContentInput): SiteContentResult {
  const project = loadProject(input.files);
  if (hasErrors(project.diagnostics)) return { ok: false, diagnostics: project.diagnostics, sources: project.sources };
  const { editUrl, revisions, routes } = input;

  const standards = [...project.standards.values()].sort((a, b) => a.standard.id.localeCompare(b.standard.id));
  const standardModels = standards.map((s) => s.standard);
  const clauses = clauseIndex(standardModels.flatMap((s) => s.clauses.map((c) => ({ id: c.id, standard: s.id, standardTitle: s.title, text: c.title }))));
  const policyList = [...project.policies.values()].sort((a, b) => a.id.localeCompare(b.id));
  const matrix = conformanceMatrix(policyList, standardModels);

  const appliedBy = new Map<string, { id: string; title: string }[]>();
  for (const { runbook } of project.runbooks) {
    if (runbook.policy) appliedBy.set(runbook.policy, [...(appliedBy.get(runbook.policy) ?? []), { id: runbook.id, title: runbook.title }]);
  }
  const policies = policyPages({ policies: project.policies, policyFiles: project.policyFiles, standards: standardModels, matrix, clauses, appliedBy, revisions, editUrl, routes });
  for (const { page } of policies) page.enforcement = enforcementView(project.policies.get(page.policy.id)!);
  const policyById = new Map<string, PolicyPageData>(policies.map(({ page }) => [page.policy.id, page]));
  const runbooks = runbookPages({ runbooks: project.runbooks, policies: policyById, clauses, revisions, editUrl, routes });
  const trace = traceIndex(project.runbooks, policyById, clauses);
  const conflicts = conflictViews(findConflicts(standardModels), clauses);
  const standardList = standardPages({ standards, policies: project.policies, matrix, conflicts, trace, revisions, editUrl, routes });

  const audit: AuditPageData = {
    policies: policyList.map((p) => ({ id: p.id, title: p.title })),
    standards: standardModels.map(standardName),
    matrix: Object.fromEntries(policies.map(({ summary }) => [summary.id, Object.fromEntries(summary.conformance.map((c) => [c.standard, { overall: c.overall, counts: c.counts }]))])),
    traceability: trace.rows,
    conflicts,
    sources: input.files.map((file) => sourceInfo(file.path, revisions, editUrl)),
    permissions: project.runbooks.map(({ runbook }) => ({ runbook: { id: runbook.id, title: runbook.title }, roles: runbook.roles, matrix: permissionMatrix(runbook) })),
    routes,
  };
  if (input.siteRevision) audit.revision = input.siteRevision;
  const interactive = {
    policies: policyList,
    clauses: Object.fromEntries(standardModels.flatMap((s) => s.clauses.map((c) => [c.id, { standard: s.id, title: c.title }] as const))),
    runbookSources: Object.fromEntries(project.runbooks.map((r) => [r.runbook.id, r.source])),
  };
  const content: SiteContent = { runbooks, policies, standards: standardList, audit, files: input.files.map((f) => f.path), interactive };
  return { ok: true, content, diagnostics: project.diagnostics, sources: project.sources };
}
