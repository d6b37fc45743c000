import { hasErrors, type Diagnostic } from '@stepwise/core';
import { loadProject, type SourceFile } from '@stepwise/project';
import { clauseIndex } from './clauseIndex';
import { runbookPages } from './runbookPages';
import type { PolicyPageData, Revision, RoutePaths, SiteContent } from './types';
import { sourceInfo } from './sourceInfo';

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
 * Source files -> the site's view model, through the same `loadProject` as `stepwise validate`.
 * Any error diagnostic means no content: the site never publishes a runbook the CLI rejects.
 */
export function loadSiteContent(input: SiteContentInput): SiteContentResult {
  const project = loadProject(input.files);
  if (hasErrors(project.diagnostics)) return { ok: false, diagnostics: project.diagnostics, sources: project.sources };

  const clauses = clauseIndex([]);
  const policies = new Map<string, PolicyPageData>();
  const runbooks = runbookPages({ runbooks: project.runbooks, policies, clauses, revisions: input.revisions, editUrl: input.editUrl, routes: input.routes });

  const content: SiteContent = {
    runbooks,
    policies: [],
    standards: [],
    audit: {
      policies: [],
      standards: [],
      matrix: {},
      traceability: [],
      conflicts: [],
      sources: input.files.map((file) => sourceInfo(file.path, input.revisions, input.editUrl)),
      routes: input.routes,
    },
    files: input.files.map((file) => file.path),
  };
  if (input.siteRevision) content.audit.revision = input.siteRevision;
  return { ok: true, content, diagnostics: project.diagnostics, sources: project.sources };
}
