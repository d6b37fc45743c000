import { closestMatch, compareDiagnostics, type Diagnostic } from '@stepwise/core';
import { loadPolicy, resolvePolicy, type ResolvedPolicy } from '@stepwise/policy';
import { loadProject } from '@stepwise/project';
import { UsageError } from './io';
import { readSources } from './readSources';

export type PolicyArgument = { policy: ResolvedPolicy } | { problems: string };

/**
 * The policy a command names with --policy: an id of a policy under policy/ of the current
 * folder, or a path to a policy file (whose `extends` resolve against policy/). An unknown id is
 * a usage error with a suggestion; a policy that does not load comes back with its diagnostics.
 */
export function loadPolicyArgument(target: string, cwd: string): PolicyArgument {
  const project = loadProject(readSources(['policy'], cwd, { optional: true }).files);
  const asFile = /\.ya?ml$/i.test(target) || target.includes('/');
  if (!asFile) {
    const policy = project.policies.get(target);
    if (policy) return { policy };
    const file = project.policyFiles.get(target) ?? [...project.diagnostics].find((d) => d.severity === 'error' && project.sources.get(d.file)?.includes(`id: ${target}`))?.file;
    if (file !== undefined) return { problems: describe(project.diagnostics.filter((d) => d.file === file && d.severity === 'error')) };
    const known = [...project.policies.keys()];
    const suggestion = known.find((id) => id.startsWith(target)) ?? closestMatch(target, known);
    throw new UsageError(`no policy "${target}" in policy/.${suggestion ? ` Did you mean "${suggestion}"?` : known.length > 0 ? ` Known: ${known.join(', ')}.` : ''}`);
  }
  const file = readSources([target], cwd).files[0];
  if (!file) throw new UsageError(`"${target}" is not a YAML file.`);
  // extends resolves against the project's policies (below), so loadPolicy leaves it alone.
  const loaded = loadPolicy(file.text, file.path, { resolve: false });
  if (!loaded.document) return { problems: describe(loaded.diagnostics) };
  const resolved = resolvePolicy(loaded.document, (id) => project.policies.get(id));
  if (!resolved.policy) return { problems: describe(resolved.diagnostics.map((d) => ({ ...d, file: file.path, range: loaded.parsed.locate(d.path) }))) };
  return { policy: resolved.policy };
}

function describe(diagnostics: readonly Diagnostic[]): string {
  return [...diagnostics]
    .sort(compareDiagnostics)
    .map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}${d.hint ? ` ${d.hint}` : ''}\n`)
    .join('');
}
