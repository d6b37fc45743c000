import { FILE_START, FORMAT_NAMES, FORMATTERS, SEVERITY_RANK, compareDiagnostics, isFormat, type Diagnostic, type Severity } from '@stepwise/core';
import { shouldColor } from '../color';
import { loadCliConfig } from '../config/loadCliConfig';
import { EXIT } from '../exitCodes';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { loadRequestedProject } from '../loadRequestedProject';
import { readStdinSource } from '../readStdinSource';
import { TOOL } from '../toolDescription';
import { writeReport } from '../writeReport';

const SEVERITIES: Severity[] = ['info', 'warning', 'error'];

const usage = `Usage: stepwise validate [paths|globs|-…] [options]

Validates runbooks, policies and standards (folders are searched for .yaml/.yml; quote globs
such as 'runbooks/**/*.yaml' so that they work the same in every shell). \`-\` reads one file
from standard input. Default paths: the runbooks and policies of stepwise.config.yaml, else
runbooks/ and policy/. The policy and standard folders are always loaded as context, so
references to them are checked.

Options:
  --format <name>          ${FORMAT_NAMES.join(' | ')} (default stylish)
  -o, --output <file>      write the report to a file instead of standard output
  --fail-severity <level>  error | warning | info: exit 1 when a problem at or above it is found (default error)
  --max-warnings <n>       exit 1 when more than n warnings are found
  --quiet                  report errors only (warnings and notes are neither shown nor counted)
  --stdin-filename <name>  the name of the file read from standard input (default <stdin>)
  --config <file>          the config file (default: stepwise.config.{yaml,yml,json} in this folder)
  --color / --no-color     colour in stylish output (default: FORCE_COLOR, NO_COLOR, else when stdout is a terminal)
  -h, --help               this help

Exit codes: 0 clean, 1 problems at or above --fail-severity or over --max-warnings, 2 usage or internal error.
`;

export const validate: CliCommand = {
  name: 'validate',
  summary: 'Validate runbooks and policies (file:line:col diagnostics).',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: 'string' },
      output: { type: 'string', short: 'o' },
      'fail-severity': { type: 'string' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean', default: false },
      'stdin-filename': { type: 'string' },
      config: { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    });
    const config = loadCliConfig(io.cwd, values.config ?? io.configPath);
    const format = values.format ?? config.validate.format ?? 'stylish';
    if (!isFormat(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMAT_NAMES.join(', ')}.`);
    const failSeverity = (values['fail-severity'] ?? config.validate.failSeverity ?? 'error') as Severity;
    if (!SEVERITIES.includes(failSeverity)) throw new UsageError(`unknown severity "${failSeverity}"; use one of ${SEVERITIES.join(', ')}.`);
    const maxWarnings = values['max-warnings'] !== undefined ? parseCount(values['max-warnings']) : config.validate.maxWarnings;

    const named: string[] = positionals;
    const stdinAt = named.indexOf('-');
    const paths = named.filter((p) => p !== '-');
    if (values['stdin-filename'] !== undefined && stdinAt === -1) throw new UsageError('--stdin-filename names the file read with `-`; give `-` as a path.');
    const fromStdin = stdinAt === -1 ? undefined : await readStdinSource(io, values['stdin-filename'] ?? '<stdin>');
    const stdinFile = fromStdin && 'text' in fromStdin ? fromStdin : undefined;

    const { project, requested } = loadRequestedProject(paths, io.cwd, [...config.runbooks, ...config.policies], config, stdinFile);
    const oversized = [...requested.oversized, ...(fromStdin && !('text' in fromStdin) ? [fromStdin] : [])];

    const all: Diagnostic[] = [
      ...project.diagnostics,
      ...oversized.map(({ path, size }): Diagnostic => ({
        code: 'file-too-large',
        severity: 'error',
        message: `File is ${(size / (1024 * 1024)).toFixed(1)} MiB, over the 1.0 MiB limit.`,
        file: path,
        range: FILE_START,
        path: [],
        hint: 'Split the file, or check that the path names a runbook or policy.',
      })),
      ...requested.refused.map(({ path, code, message }): Diagnostic => ({
        code,
        severity: 'error',
        message,
        file: path,
        range: FILE_START,
        path: [],
        hint: 'Only regular files inside the project are read: copy the file into the project instead of linking it.',
      })),
    ].sort(compareDiagnostics);
    // --quiet as in ESLint: only errors are reported, and only they can fail the run.
    const diagnostics = values.quiet ? all.filter((d) => d.severity === 'error') : all;

    const color = shouldColor(values.output ? {} : io.stdout, io.env, values['no-color'] ? false : values.color);
    const filesChecked = requested.files.length + oversized.length + requested.refused.length;
    writeReport(io, FORMATTERS[format](diagnostics, { sources: project.sources, filesChecked, color, tool: TOOL }), values.output);
    if (filesChecked === 0) {
      io.stderr.write('stepwise validate: no YAML files found.\n');
      return EXIT.usage;
    }
    const failing = diagnostics.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[failSeverity]);
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
      io.stderr.write(`stepwise validate: ${warnings} warning${warnings === 1 ? '' : 's'} found, more than --max-warnings ${maxWarnings}.\n`);
      return EXIT.findings;
    }
    return failing ? EXIT.findings : EXIT.ok;
  },
};

function parseCount(text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`--max-warnings takes a whole number of warnings, not "${text}".`);
  return Number(text);
}
