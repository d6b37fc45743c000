import { loadProject, type Project } from '@stepwise/project';
import { readSources, type ReadSourcesResult } from './readSources';

export interface RequestedProject {
  project: Project;
  requested: ReadSourcesResult;
}

/**
 * The files a command was asked about (or its default folders), loaded with the policies and
 * standards under policy/ as context, so that references (`extends`, a runbook's policy, clause
 * ids) resolve even when only one file is named. Only the requested files' problems are reported.
 */
export function loadRequestedProject(paths: readonly string[], cwd: string, defaults: readonly string[]): RequestedProject {
  const requested = readSources(paths.length > 0 ? paths : defaults, cwd, { optional: paths.length === 0 });
  const reported = new Set(requested.files.map((f) => f.path));
  const context = readSources(['policy'], cwd, { optional: true }).files.filter((f) => !reported.has(f.path));
  const project = loadProject([...requested.files, ...context], { report: (path) => reported.has(path) });
  return { project, requested };
}
