import { compareDiagnostics, parseYaml } from '@stepwise/core';
import { evaluatePassword, loadEvaluationResources, runPolicyExamples } from '@stepwise/policy';
import { loadCliConfig } from '../config/loadCliConfig';
import { EXIT } from '../exitCodes';
import { TEST_FORMATS, TEST_FORMATTERS, type TestCase, type TestFormat } from '../format/testReport';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { loadRequestedProject } from '../loadRequestedProject';
import { writeReport } from '../writeReport';

const usage = `Usage: stepwise test [paths|globs...] [options]

Runs the examples of password policies as tests, like \`opa test\`: every examples.accept
password must be accepted, and every examples.reject password must be rejected by the rule it
names. A failing example prints what was expected and what came out. Paths are policy files,
folders or quoted globs (default: the policy folders of stepwise.config.yaml, else policy/);
\`extends\` resolve against those folders as well.

Options:
  --format <name>      ${TEST_FORMATS.join(' | ')} (default text)
  --json               the same as --format json: one JSON line per example and a summary line
  -o, --output <file>  write the report to a file instead of standard output
  --config <file>      the config file (default: stepwise.config.{yaml,yml,json} in this folder)
  -h, --help           this help

Exit codes: 0 every example passed, 1 an example failed or a policy is invalid, 2 usage or internal error.
`;

export const test: CliCommand = {
  name: 'test',
  summary: 'Run the examples of policies as tests.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      format: { type: 'string' },
      json: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      config: { type: 'string' },
    });
    const format = (values.format ?? (values.json ? 'json' : 'text')) as TestFormat;
    if (!TEST_FORMATS.includes(format)) throw new UsageError(`unknown format "${values.format}"; use one of ${TEST_FORMATS.join(', ')}.`);
    const config = loadCliConfig(io.cwd, values.config ?? io.configPath);
    // Policies of the policy folders provide parents for `extends`; only the files named are tested.
    const { project, requested } = loadRequestedProject(positionals, io.cwd, config.policies, config);
    if (requested.files.length === 0) throw new UsageError(`no policy files found (looked in ${config.policies.join(', ')}).`);
    const wanted = new Set(requested.files.map((f) => f.path));
    const errors = project.diagnostics.filter((d) => d.severity === 'error').sort(compareDiagnostics);
    if (format === 'text' || format === 'json') {
      for (const d of errors) io.stderr.write(`${d.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}\n`);
    }

    const resources = await loadEvaluationResources();
    const cases: TestCase[] = [];
    let policies = 0;
    for (const [id, policy] of project.policies) {
      const file = project.policyFiles.get(id)!;
      if (!wanted.has(file)) continue;
      policies++;
      const parsed = parseYaml(project.sources.get(file) ?? '', file);
      for (const result of runPolicyExamples(policy, (password, ctx) => evaluatePassword(password, policy, ctx, resources))) {
        cases.push({ policy: id, file, range: parsed.locate(result.path), result });
      }
    }
    writeReport(io, TEST_FORMATTERS[format]({ cases, errors, policies }), values.output);
    return cases.some((c) => !c.result.ok) || errors.length > 0 ? EXIT.findings : EXIT.ok;
  },
};
