import { resolve } from 'node:path';
import { closestMatch, compareDiagnostics, parseYaml, type Diagnostic, type Range } from '@stepwise/core';
import { checkConformance, emulatedLevel, loadPolicy, resolvePolicy, type PolicyDocument, type Standard } from '@stepwise/policy';
import { loadProject } from '@stepwise/project';
import { EXIT } from '../exitCodes';
import { CONFORM_FORMATS, CONFORM_FORMATTERS, type ConformFormat } from '../formatConformance';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { contextPaths } from '../config/cliConfig';
import { loadCliConfig } from '../config/loadCliConfig';
import { expandGlobs } from '../expandGlobs';
import { readSources } from '../readSources';
import { writeReport } from '../writeReport';

const usage = `Usage: stepwise conform <policy-id|file> [options]

Checks a password policy against the standards (those under the policy and standard folders of
stepwise.config.yaml, else policy/), clause by clause:
meets, fails, conflicts (the policy follows another standard that contradicts this clause),
not-applicable, or manual (an auditor must look). Policies are read from policy/ under the
current folder; a file path may name a policy elsewhere (its extends still resolve against policy/).

Options:
  --standard <id>    check one standard only (default: every standard)
  --level <level>    check at this level (for example L1); default: the level a baseline emulates, else all
  --format <name>      ${CONFORM_FORMATS.join(' | ')} (default text)
  -o, --output <file>  write the report to a file instead of standard output
  --config <file>      the config file (default: stepwise.config.{yaml,yml,json} in this folder)
  -h, --help           this help

Exit codes: 0 no clause fails, 1 a clause fails or the policy is invalid, 2 usage or internal error.
`;

export const conform: CliCommand = {
  name: 'conform',
  summary: 'Check policies for conformance with standards.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      standard: { type: 'string' },
      level: { type: 'string' },
      format: { type: 'string', default: 'text' },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
    });
    const config = loadCliConfig(io.cwd, values.config ?? io.configPath);
    const format = values.format as ConformFormat;
    if (!CONFORM_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}"; use one of ${CONFORM_FORMATS.join(', ')}.`);
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name a policy (its id or file).' : 'name one policy at a time.');
    const target = positionals[0]!;

    const asFile = /\.ya?ml$/i.test(target) || target.includes('/');
    const project = loadProject(readSources(expandGlobs(contextPaths(config), io.cwd, { optional: true }), io.cwd, { optional: true }).files);
    const loaded = asFile ? loadNamedPolicy(target, io.cwd, project.policies) : { policy: project.policies.get(target), diagnostics: [] };
    const policy = loaded.policy;
    if (!policy) {
      // The policy's own problems explain why it is missing; show those, not the whole project's.
      const file = asFile ? undefined : project.policyFiles.get(target);
      const own = asFile ? loaded.diagnostics : project.diagnostics.filter((d) => d.file === file && d.severity === 'error');
      if (own.length > 0 || file !== undefined) {
        io.stderr.write([...own].sort(compareDiagnostics).map(describeDiagnostic).join(''));
        io.stderr.write(`stepwise conform: ${asFile ? `"${target}"` : `policy "${target}"`} could not be loaded.\n`);
        return EXIT.findings;
      }
      const suggestion = suggest(target, [...project.policies.keys()]);
      throw new UsageError(`no policy "${target}" in policy/.${suggestion ? ` Did you mean "${suggestion}"?` : ''}`);
    }

    const standards = [...project.standards.values()].map((s) => s.standard);
    if (standards.length === 0) throw new UsageError(`no standards found in ${contextPaths(config).map((p) => resolve(io.cwd, p)).join(', ')}.`);
    const chosen = selectStandards(standards, values.standard);
    if (values.level !== undefined && !chosen.some((s) => s.levels?.includes(values.level!))) {
      throw new UsageError(`no chosen standard has level "${values.level}".`);
    }

    const reports = chosen.map((standard) => {
      const level = values.level !== undefined && standard.levels?.includes(values.level) ? values.level : emulatedLevel(policy, standard);
      return checkConformance(policy, standard, { standards, ...(level !== undefined ? { level } : {}) });
    });
    const titles = Object.fromEntries(standards.map((s) => [s.id, s.title]));
    const file = asFile ? readSources([target], io.cwd).files[0]!.path : project.policyFiles.get(policy.id);
    const source = file !== undefined ? (project.sources.get(file) ?? readSources([file], io.cwd).files[0]?.text) : undefined;
    const fieldRanges = source !== undefined && file !== undefined ? locateFields(source, file, reports) : undefined;
    writeReport(io, CONFORM_FORMATTERS[format]({ policyId: policy.id, reports, titles, ...(file !== undefined ? { file } : {}), ...(fieldRanges ? { fieldRanges } : {}) }), values.output);
    return reports.some((r) => r.summary.fails > 0) ? EXIT.findings : EXIT.ok;
  },
};

/**
 * A policy named by file is always read as a policy (whatever its folder is called), and its
 * `extends` resolve against the policies of the project.
 */
function loadNamedPolicy(target: string, cwd: string, known: ReadonlyMap<string, PolicyDocument>): { policy?: PolicyDocument; diagnostics: Diagnostic[] } {
  const file = readSources([target], cwd).files[0];
  if (!file) throw new UsageError(`"${target}" is not a YAML file.`);
  const loaded = loadPolicy(file.text, file.path, { resolve: false });
  if (!loaded.document) return { diagnostics: loaded.diagnostics };
  const resolved = resolvePolicy(loaded.document, (id) => known.get(id));
  // resolvePolicy reports without a position; point at the `extends` node of this file.
  const diagnostics = resolved.diagnostics.map((d) => ({ ...d, file: file.path, range: loaded.parsed.locate(d.path) }));
  return resolved.policy ? { policy: resolved.policy, diagnostics } : { diagnostics };
}

/** Where each deciding field is written (the deepest part that exists, so an inherited value points at its parent). */
function locateFields(source: string, file: string, reports: readonly { clauses: readonly { field?: string }[] }[]): Record<string, Range> {
  const parsed = parseYaml(source, file);
  const fields = new Set(reports.flatMap((r) => r.clauses.flatMap((c) => (c.field ? [c.field] : []))));
  return Object.fromEntries([...fields].map((field) => [field, parsed.locate(field.split('.'))]));
}

function selectStandards(standards: Standard[], id: string | undefined): Standard[] {
  if (id === undefined) return standards;
  const found = standards.find((s) => s.id === id);
  if (found) return [found];
  const suggestion = suggest(id, standards.map((s) => s.id));
  throw new UsageError(`no standard "${id}".${suggestion ? ` Did you mean "${suggestion}"?` : ` Known: ${standards.map((s) => s.id).join(', ')}.`}`);
}

/** A known id that starts with what was typed ("nist" -> "nist-800-63b-4"), else the closest by edit distance. */
function suggest(typed: string, known: readonly string[]): string | undefined {
  return known.find((id) => id.startsWith(typed)) ?? closestMatch(typed, [...known]);
}

function describeDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}${d.hint ? ` ${d.hint}` : ''}\n`;
}
