import { compareDiagnostics, parseYaml } from '@stepwise/core';
import { evaluatePassword, loadEvaluationResources, runPolicyExamples, type ExampleResult } from '@stepwise/policy';
import { EXIT } from '../exitCodes';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { loadRequestedProject } from '../loadRequestedProject';

const usage = `Usage: stepwise test [paths...] [options]

Runs the examples of password policies as tests, like \`opa test\`: every examples.accept
password must be accepted, and every examples.reject password must be rejected by the rule it
names. A failing example prints what was expected and what came out. Paths are policy files or
folders (default: policy/); \`extends\` resolve against policy/ as well.

Options:
  --json        one JSON line per example and a summary line
  -h, --help    this help

Exit codes: 0 every example passed, 1 an example failed or a policy is invalid, 2 usage or internal error.
`;

export const test: CliCommand = {
  name: 'test',
  summary: 'Run the examples of policies as tests.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { json: { type: 'boolean', default: false } });
    // Policies of policy/ provide parents for `extends`; only the files named are tested.
    const { project, requested } = loadRequestedProject(positionals, io.cwd, ['policy']);
    if (requested.files.length === 0) throw new UsageError('no policy files found (looked in policy/).');
    const wanted = new Set(requested.files.map((f) => f.path));
    const errors = project.diagnostics.filter((d) => d.severity === 'error').sort(compareDiagnostics);
    for (const d of errors) io.stderr.write(`${d.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}\n`);

    const resources = await loadEvaluationResources();
    let passed = 0;
    let failed = 0;
    let policies = 0;
    for (const [id, policy] of project.policies) {
      const file = project.policyFiles.get(id)!;
      if (!wanted.has(file)) continue;
      policies++;
      const results = runPolicyExamples(policy, (password, ctx) => evaluatePassword(password, policy, ctx, resources));
      for (const result of results) {
        if (result.ok) passed++;
        else failed++;
        if (values.json) io.stdout.write(`${JSON.stringify({ policy: id, file, ...locate(project.sources.get(file), result), ...result })}\n`);
        else if (!result.ok) io.stdout.write(describeFailure(id, file, project.sources.get(file), result));
      }
    }
    const summary = `${policies} polic${policies === 1 ? 'y' : 'ies'}, ${passed + failed} examples: ${passed} passed, ${failed} failed${errors.length > 0 ? `, ${errors.length} error${errors.length === 1 ? '' : 's'} in policy files` : ''}.`;
    io.stdout.write(values.json ? `${JSON.stringify({ summary: { policies, passed, failed, errors: errors.length } })}\n` : `${summary}\n`);
    return failed > 0 || errors.length > 0 ? EXIT.findings : EXIT.ok;
  },
};

function describeFailure(id: string, file: string, source: string | undefined, result: ExampleResult): string {
  const { line, column } = locate(source, result);
  return [
    `FAIL ${file}:${line}:${column} ${id} examples.${result.kind}[${result.index}]${result.why ? ` (${result.why})` : ''}`,
    `  expected: ${result.expected}`,
    `  actual:   ${result.actual}`,
    '',
  ].join('\n');
}

/** Line and column of an example, from the parsed source (the example's list item). */
function locate(source: string | undefined, result: ExampleResult): { line: number; column: number } {
  if (!source) return { line: 1, column: 1 };
  return parseYaml(source).locate(result.path).start;
}
