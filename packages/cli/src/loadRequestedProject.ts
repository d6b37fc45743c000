import { loadProject, type Project, type SourceFile } from '@stepwise/project';
import { contextPaths, DEFAULT_CLI_CONFIG, type CliConfig } from './config/cliConfig';
import { expandGlobs } from './expandGlobs';
import { readSources, type ReadSourcesResult } from './readSources';

export interface RequestedProject {
  project: Project;
  requested: ReadSourcesResult;
}

/**
 * The files a command was asked about (paths, quoted globs, standard input, or its default
 * folders), loaded with the policies and standards of the config's context folders, so that
 * references (`extends`, a runbook's policy, clause ids) resolve even when only one file is named.
 * Only the requested files' problems are reported.
 */
export function loadRequestedProject(paths: readonly string[], cwd: string, defaults: readonly string[], config: CliConfig = DEFAULT_CLI_CONFIG, stdin?: SourceFile): RequestedProject {
  const named = paths.length > 0 || stdin !== undefined;
  const expanded = named ? expandGlobs(paths, cwd) : expandGlobs(defaults, cwd, { optional: true });
  const requested = readSources(expanded, cwd, { optional: !named });
  if (stdin) requested.files.push(stdin);
  const reported = new Set(requested.files.map((f) => f.path));
  const context = readSources(expandGlobs(contextPaths(config), cwd, { optional: true }), cwd, { optional: true }).files.filter((f) => !reported.has(f.path));
  const project = loadProject([...requested.files, ...context], { report: (path) => reported.has(path) });
  return { project, requested };
}
