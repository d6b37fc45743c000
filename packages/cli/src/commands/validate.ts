import { FILE_START, FORMAT_NAMES, FORMATTERS, SEVERITY_RANK, compareDiagnostics, isFormat, type Diagnostic, type Severity } from '@stepwise/core';
import { EXIT } from '../exitCodes';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { loadRequestedProject } from '../loadRequestedProject';

const DEFAULT_PATHS = ['runbooks', 'policy'];
const SEVERITIES: Severity[] = ['info', 'warning', 'error'];

const usage = `Usage: stepwise validate [paths…] [options]

Validates runbooks, policies and standards (folders are searched for .yaml/.yml).
Default paths: ${DEFAULT_PATHS.join(' ')}. Policies and standards under policy/ are always
loaded as context, so references to them are checked.

Options:
  --format <name>          ${FORMAT_NAMES.join(' | ')} (default stylish)
  --fail-severity <level>  error | warning | info: exit 1 when a problem at or above it is found (default error)
  --color / --no-color     colour in stylish output (default: when stdout is a terminal)
  -h, --help               this help

Exit codes: 0 clean, 1 problems at or above --fail-severity, 2 usage or internal error.
`;

export const validate: CliCommand = {
  name: 'validate',
  summary: 'Validate runbooks and policies (file:line:col diagnostics).',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: 'string', default: 'stylish' },
      'fail-severity': { type: 'string', default: 'error' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
    });
    const format = values.format!;
    if (!isFormat(format)) throw new UsageError(`unknown format "${format}"; use one of ${FORMAT_NAMES.join(', ')}.`);
    const failSeverity = values['fail-severity'] as Severity;
    if (!SEVERITIES.includes(failSeverity)) throw new UsageError(`unknown severity "${failSeverity}"; use one of ${SEVERITIES.join(', ')}.`);

    const { project, requested } = loadRequestedProject(positionals, io.cwd, DEFAULT_PATHS);

    const diagnostics: Diagnostic[] = [
      ...project.diagnostics,
      ...requested.oversized.map(({ path, size }): Diagnostic => ({
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

    const color = values['no-color'] ? false : (values.color ?? (Boolean(io.stdout.isTTY) && !io.env.NO_COLOR));
    const filesChecked = requested.files.length + requested.oversized.length + requested.refused.length;
    io.stdout.write(FORMATTERS[format](diagnostics, { sources: project.sources, filesChecked, color }));
    if (filesChecked === 0) {
      io.stderr.write('stepwise validate: no YAML files found.\n');
      return EXIT.usage;
    }
    const failing = diagnostics.some((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[failSeverity]);
    return failing ? EXIT.findings : EXIT.ok;
  },
};
