import { compareDiagnostics, type Diagnostic, type LoadOptions } from '@stepwise/core';
import { loadRunbook, type Runbook, type RunbookCatalog } from '@stepwise/runbook';
import { classifySource, type SourceKind } from './classifySource';

export interface SourceFile {
  path: string;
  text: string;
}

export interface ProjectOptions {
  /** Files whose diagnostics are reported; others only provide context (policies, clauses). Default: all. */
  report?: (path: string) => boolean;
  load?: Partial<LoadOptions>;
}

export interface ProjectRunbook {
  runbook: Runbook;
  file: string;
  /** The exact source text; its SHA-256 identifies the runbook version in audit records. */
  source: string;
}

export interface Project {
  runbooks: ProjectRunbook[];
  diagnostics: Diagnostic[];
  /** Source text by path, for excerpts in diagnostics. */
  sources: Map<string, string>;
  kinds: Map<string, SourceKind>;
}

/**
 * Loads every file of a project through the engine: standards first (their clause ids), then
 * policies (resolving `extends`), then runbooks checked against both. The CLI's `validate` and
 * the Docusaurus plugin both call this, so they cannot disagree.
 */
export function loadProject(files: readonly SourceFile[], options: ProjectOptions = {}): Project {
  const report = options.report ?? (() => true);
  const sources = new Map<string, string>();
  const kinds = new Map<string, SourceKind>();
  for (const file of files) {
    sources.set(file.path, file.text);
    kinds.set(file.path, classifySource(file.path, file.text));
  }
  const diagnostics: Diagnostic[] = [];
  const catalog: RunbookCatalog = {};

  const runbooks: ProjectRunbook[] = [];
  const runbookIds = new Map<string, string>();
  for (const file of files) {
    if (kinds.get(file.path) !== 'runbook') continue;
    const loaded = loadRunbook(file.text, file.path, catalog, options.load);
    if (report(file.path)) diagnostics.push(...loaded.diagnostics);
    if (!loaded.runbook) continue;
    const previous = runbookIds.get(loaded.runbook.id);
    if (previous !== undefined) {
      if (report(file.path)) {
        diagnostics.push({
          code: 'project-duplicate-id',
          severity: 'error',
          message: `Runbook id "${loaded.runbook.id}" is already used by ${previous}.`,
          file: file.path,
          range: loaded.parsed.locate(['id']),
          path: ['id'],
          hint: 'Ids name pages and audit records; give each runbook its own.',
        });
      }
      continue;
    }
    runbookIds.set(loaded.runbook.id, file.path);
    runbooks.push({ runbook: loaded.runbook, file: file.path, source: file.text });
  }

  diagnostics.sort(compareDiagnostics);
  return { runbooks, diagnostics, sources, kinds };
}
