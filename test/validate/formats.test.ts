import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const fixtures = join(import.meta.dirname, '../fixtures/validate');
const run = (...argv: string[]) => runCli(['validate', ...argv], { cwd: fixtures });

describe('stepwise validate output formats', () => {
  it('stylish: file:line:col, severity, code, message, the source line with a caret, the hint, a summary', async () => {
    const { stdout, code } = await run('invalid/unknown-key.yaml', '--no-color');
    expect(stdout).toBe(
      [
        'invalid/unknown-key.yaml:9:5  error  schema-unknown-key  Unknown key "titel" in "steps[0]".',
        '  9 |     titel: S',
        '    |     ^^^^^',
        '  hint: Did you mean "title"?',
        '',
        '1 problem (1 error, 0 warnings) in 1 file',
        '',
      ].join('\n'),
    );
    expect(code).toBe(1);
  });

  it('github: one workflow command per problem with escaped properties', async () => {
    const { stdout } = await run('invalid/dangling-branch.yaml', '--format', 'github');
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(
      '::error file=invalid/dangling-branch.yaml,line=12,col=13,endLine=12,endColumn=27,title=runbook-dangling-branch::onFail goes to step "contact-suport", which does not exist. Did you mean "contact-support"?',
    );
    expect(lines[1]).toMatch(/^::warning file=invalid\/dangling-branch\.yaml,line=17,col=5,.*title=runbook-unreachable-step::/);
    expect(lines[2]).toBe('2 problems (1 error, 1 warning) in 1 file');
  });

  it('sarif: a SARIF 2.1.0 log with rules and regions', async () => {
    const { stdout } = await run('invalid/branch-cycle.yaml', '--format', 'sarif');
    const log = JSON.parse(stdout) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; level: string; locations: { physicalLocation: { region: { startLine: number; startColumn: number } } }[] }[] }[] };
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.tool.driver.name).toBe('stepwise');
    expect(log.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(['runbook-branch-cycle']);
    const result = log.runs[0]!.results[0]!;
    expect(result.ruleId).toBe('runbook-branch-cycle');
    expect(result.level).toBe('error');
    expect(result.locations[0]!.physicalLocation.region).toMatchObject({ startLine: 16, startColumn: 11 });
  });

  it('--fail-severity warning turns a warning into a failing exit code', async () => {
    expect((await run('valid/minimal.yaml', '--fail-severity', 'warning')).code).toBe(0);
    const onlyWarning = await run('invalid/dangling-branch.yaml', '--fail-severity', 'warning');
    expect(onlyWarning.code).toBe(1);
  });

  it('usage errors exit 2 with a message and no stack trace', async () => {
    for (const argv of [['--format', 'xml'], ['--fail-severity', 'fatal'], ['no/such/file.yaml'], ['--bogus']]) {
      const result = await run(...argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^stepwise validate: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
