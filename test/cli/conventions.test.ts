import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { globToRegExp } from '../../packages/cli/src/expandGlobs';
import { shouldColor } from '../../packages/cli/src/color';
import { runCli } from '../helpers/runCli';

const repo = join(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8')) as { version: string };
let work: string;

/** A user's repository with its own layout, described by stepwise.config.yaml. */
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'stepwise-cli-conventions-'));
  mkdirSync(join(work, 'ops/procedures/deep'), { recursive: true });
  cpSync(join(repo, 'runbooks/account-unlock.yaml'), join(work, 'ops/procedures/account-unlock.yaml'));
  cpSync(join(repo, 'test/fixtures/validate/invalid/missing-required.yaml'), join(work, 'ops/procedures/deep/broken.runbook.yaml'));
  cpSync(join(repo, 'policy'), join(work, 'security/policies'), { recursive: true });
  writeFileSync(join(work, 'stepwise.config.yaml'), 'runbooks: [ops/procedures]\npolicies: [security/policies]\n');
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('stepwise, as linters are', () => {
  it('prints the package version and suggests the command meant', async () => {
    expect((await runCli(['--version'], { cwd: work })).stdout).toBe(`${manifest.version}\n`);
    const typo = await runCli(['valdate'], { cwd: work });
    expect(typo.code).toBe(2);
    expect(typo.stderr).toMatch(/^stepwise: unknown command "valdate". Did you mean "validate"\?/);
    expect((await runCli(['conf'], { cwd: work })).stderr).toContain('Did you mean "conform"?');
  });

  it('reads the folders of stepwise.config.yaml, and finds the broken runbook in them', async () => {
    const result = await runCli(['validate', '--format', 'json'], { cwd: work });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { summary: { files: number }; diagnostics: { file: string; code: string }[] };
    expect(new Set(report.diagnostics.map((d) => d.file))).toEqual(new Set(['ops/procedures/deep/broken.runbook.yaml']));
    // The runbook's policy (exchange-org in security/policies) resolved: no unknown-policy problem.
    expect(report.diagnostics.map((d) => d.code)).not.toContain('runbook-unknown-policy');
  });

  it('refuses an invalid config file with file:line:col and exit 2', async () => {
    const dir = mkdtempSync(join(work, 'badconfig-'));
    writeFileSync(join(dir, 'stepwise.config.yaml'), 'runbooks: [ops]\nrunbok: [x]\n');
    const result = await runCli(['validate'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('stepwise.config.yaml:2:1: error schema-unknown-key');
    expect(result.stderr).toContain('Did you mean "runbooks"?');
  });

  it('takes --config before the command, and a JSON config', async () => {
    writeFileSync(join(work, 'alt.json'), JSON.stringify({ runbooks: ['ops/procedures/account-unlock.yaml'], policies: ['security/policies'] }));
    const result = await runCli(['--config', 'alt.json', 'validate'], { cwd: work });
    expect(result.stdout).toContain('0 problems');
    expect(result.code).toBe(0);
  });

  it('expands quoted globs itself, and a glob that matches nothing is a usage error', async () => {
    const all = await runCli(['validate', 'ops/**/*.yaml', '--format', 'json'], { cwd: work });
    expect((JSON.parse(all.stdout) as { summary: { files: number } }).summary.files).toBe(2);
    const named = await runCli(['validate', 'ops/**/*.runbook.yaml', '--format', 'json'], { cwd: work });
    expect((JSON.parse(named.stdout) as { summary: { files: number } }).summary.files).toBe(1);
    const none = await runCli(['validate', 'nothing/**/*.yaml'], { cwd: work });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no files match "nothing/**/*.yaml"');
  });

  it('matches globs as shells do: ** across folders, * and ? within one, classes and alternatives', () => {
    const cases: [string, string, boolean][] = [
      ['**/*.yaml', 'a/b/c.yaml', true],
      ['**/*.yaml', 'c.yaml', true],
      ['*.yaml', 'a/c.yaml', false],
      ['runbooks/*.{yaml,yml}', 'runbooks/x.yml', true],
      ['runbooks/?.yaml', 'runbooks/ab.yaml', false],
      ['[!x]*.yaml', 'x1.yaml', false],
      ['[!x]*.yaml', 'y1.yaml', true],
      ['a.(b)+.yaml', 'a.(b)+.yaml', true],
      ['a.(b)+.yaml', 'a.bb.yaml', false],
    ];
    for (const [glob, path, expected] of cases) expect([glob, path, globToRegExp(glob).test(path)]).toEqual([glob, path, expected]);
  });

  it('reads one file from standard input with -, named by --stdin-filename', async () => {
    const text = readFileSync(join(repo, 'test/fixtures/validate/invalid/missing-required.yaml'), 'utf8');
    const result = await runCli(['validate', '-', '--stdin-filename', 'runbooks/from-editor.yaml', '--format', 'json'], { cwd: work, stdin: text });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { diagnostics: { file: string }[] };
    expect(report.diagnostics[0]!.file).toBe('runbooks/from-editor.yaml');
    expect((await runCli(['validate', '--stdin-filename', 'x.yaml'], { cwd: work })).code).toBe(2);
  });

  it('writes the report to -o, and --quiet and --max-warnings decide the exit as in ESLint', async () => {
    const warned = join(work, 'warned.yaml');
    // A runbook with a warning only: a branch-only step nothing leads to.
    writeFileSync(warned, readFileSync(join(repo, 'test/fixtures/cli/unreachable.runbook.yaml'), 'utf8'));
    const plain = await runCli(['validate', 'warned.yaml', '--format', 'json'], { cwd: work });
    const severities = (JSON.parse(plain.stdout) as { diagnostics: { severity: string }[] }).diagnostics.map((d) => d.severity);
    expect(severities).toContain('warning');
    expect(severities).not.toContain('error');
    expect(plain.code).toBe(0);
    expect((await runCli(['validate', 'warned.yaml', '--max-warnings', '0'], { cwd: work })).code).toBe(1);
    expect((await runCli(['validate', 'warned.yaml', '--max-warnings', '0', '--quiet'], { cwd: work })).code).toBe(0);
    expect((await runCli(['validate', 'warned.yaml', '--max-warnings', 'many'], { cwd: work })).code).toBe(2);
    const written = await runCli(['validate', 'warned.yaml', '-o', 'reports/out.sarif', '--format', 'sarif'], { cwd: work });
    expect(written.stdout).toBe('');
    expect(JSON.parse(readFileSync(join(work, 'reports/out.sarif'), 'utf8')).version).toBe('2.1.0');
    const unwritable = await runCli(['validate', 'warned.yaml', '-o', 'stepwise.config.yaml/x'], { cwd: work });
    expect(unwritable.code).toBe(2);
    expect(unwritable.stderr).toMatch(/cannot write "stepwise.config.yaml\/x": E[A-Z]+\./);
  });

  it('colours as supports-color decides: flags, then FORCE_COLOR, then NO_COLOR, then the terminal', async () => {
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(shouldColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(shouldColor({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
    expect(shouldColor({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(shouldColor({ isTTY: true }, {}, false)).toBe(false);
    const forced = await runCli(['validate', 'ops/procedures/deep'], { cwd: work, env: { FORCE_COLOR: '1' } });
    expect(forced.stdout).toContain('\u001b[31merror');
    const plain = await runCli(['validate', 'ops/procedures/deep'], { cwd: work, env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(plain.stdout).toContain('\u001b[31merror');
    expect((await runCli(['validate', 'ops/procedures/deep'], { cwd: work, env: { NO_COLOR: '1' } })).stdout).not.toContain('\u001b[');
  });

  it('prints completion scripts that bash parses, with every command and its options', async () => {
    const bash = await runCli(['completion', 'bash'], { cwd: work });
    expect(bash.code).toBe(0);
    for (const word of ['validate', 'conform', 'completion', '--max-warnings', '--stdin-filename', '--password-stdin', '--standard']) expect(bash.stdout).toContain(word);
    writeFileSync(join(work, 'completion.bash'), bash.stdout);
    execFileSync('bash', ['-n', join(work, 'completion.bash')]);
    // Completing "stepwise val" in bash offers validate.
    const offered = execFileSync('bash', ['-c', `source ${join(work, 'completion.bash')}; COMP_WORDS=(stepwise val); COMP_CWORD=1; _stepwise; echo "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
    expect(offered.trim()).toBe('validate');
    expect((await runCli(['completion', 'zsh'], { cwd: work })).stdout).toMatch(/^#compdef stepwise/);
    expect((await runCli(['completion', 'fish'], { cwd: work })).stdout).toContain("complete -c stepwise -n '__fish_seen_subcommand_from validate' -l max-warnings");
    expect((await runCli(['completion', 'tcsh'], { cwd: work })).code).toBe(2);
  });
});

describe('machine formats for test and conform', () => {
  it('stepwise test --format junit is well-formed JUnit XML with one case per example (read by Python)', async () => {
    const result = await runCli(['test', '--format', 'junit'], { cwd: work });
    expect(result.code).toBe(0);
    writeFileSync(join(work, 'test.xml'), result.stdout);
    const summary = execFileSync('python3', ['-c', "import sys,xml.etree.ElementTree as E; r=E.parse(sys.argv[1]).getroot(); print(r.tag, r.get('tests'), len(r.findall('.//testcase')), r.get('failures'))", join(work, 'test.xml')], { encoding: 'utf8' }).trim().split(' ');
    expect(summary[0]).toBe('testsuites');
    expect(Number(summary[1])).toBeGreaterThan(10);
    expect(summary[2]).toBe(summary[1]);
    expect(summary[3]).toBe('0');
  });

  it('stepwise test reports a failing example at its line in junit, github and sarif', async () => {
    const dir = mkdtempSync(join(work, 'failing-'));
    writeFileSync(join(dir, 'weak.yaml'), 'id: weak\ntitle: Weak\nversion: 1.0.0\nsummary: s\nrules:\n  length: {min: 8}\nexamples:\n  accept:\n    - password: Qz7\n');
    const github = await runCli(['test', 'weak.yaml', '--format', 'github'], { cwd: dir });
    expect(github.code).toBe(1);
    expect(github.stdout).toMatch(/^::error file=weak.yaml,line=9,col=\d+,.*title=example-failed::weak examples.accept\[0\]: expected accepted, got rejected by length/m);
    const junit = await runCli(['test', 'weak.yaml', '--format', 'junit'], { cwd: dir });
    expect(junit.stdout).toContain('<failure message="expected accepted, got rejected by length');
    const sarif = JSON.parse((await runCli(['test', 'weak.yaml', '--format', 'sarif'], { cwd: dir })).stdout);
    expect(sarif.runs[0].results[0].ruleId).toBe('example-failed');
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toBe('https://stepwise.dev/docs/authoring/diagnostics#example-failed');
    // The password itself is never in a report.
    expect(junit.stdout).not.toContain('Qz7');
    expect(github.stdout).not.toContain('Qz7');
  });

  it('stepwise conform --format junit fails exactly the clauses that fail', async () => {
    const text = await runCli(['conform', 'ad-default', '--standard', 'nist-800-63b-4', '--format', 'json'], { cwd: work });
    const fails = (JSON.parse(text.stdout) as { summary: { fails: number } }).summary.fails;
    expect(fails).toBeGreaterThan(0);
    const junit = await runCli(['conform', 'ad-default', '--standard', 'nist-800-63b-4', '--format', 'junit'], { cwd: work });
    expect(junit.code).toBe(1);
    expect(junit.stdout.match(/<failure /g)).toHaveLength(fails);
    const github = await runCli(['conform', 'ad-default', '--standard', 'nist-800-63b-4', '--format', 'github'], { cwd: work });
    expect(github.stdout.match(/^::error /gm)).toHaveLength(fails);
    // The minimum length clause points at rules.length.min in the policy file.
    const line = readFileSync(join(work, 'security/policies/ad-default.yaml'), 'utf8').split('\n').findIndex((l) => /^\s+min:/.test(l)) + 1;
    expect(github.stdout).toMatch(new RegExp(`^::error file=security/policies/ad-default.yaml,line=${line},`, 'm'));
  });
});

describe('SARIF that GitHub code scanning accepts', () => {
  /** The SARIF SDK's own validator (@microsoft/sarif-multitool), with GitHub's rules: a reference we did not write. */
  function multitool(file: string): string {
    const out = join(work, `${file}.validation.sarif`);
    rmSync(out, { force: true });
    // The native binary itself: the package's bin.js runs it through a shell, which splits "Gh;Sarif".
    const binary = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
    try {
      execFileSync(binary, ['validate', file, '--rule-kind', 'Gh;Sarif', '--output', out], { cwd: work, encoding: 'utf8', stdio: 'pipe' });
    } catch {
      // It exits non-zero when it finds errors; the log says which.
    }
    const log = JSON.parse(readFileSync(out, 'utf8')) as { runs: { results?: { ruleId: string; level?: string; message: { text?: string; arguments?: string[] } }[] }[] };
    return (log.runs[0]!.results ?? [])
      .filter((r) => (r.level ?? 'warning') !== 'note')
      .map((r) => `${r.ruleId}: ${(r.message.arguments ?? []).join(' | ')}`)
      .join('\n');
  }

  it.each([
    ['validate', ['validate', 'ops', join(repo, 'test/fixtures/validate/invalid'), '--format', 'sarif']],
    ['test', ['test', join(repo, 'test/fixtures/policy/examples'), '--format', 'sarif']],
    ['conform', ['conform', 'ad-default', '--format', 'sarif']],
  ])('stepwise %s --format sarif has no errors or warnings under the multitool GitHub rules, with rule help and the tool version', async (name, argv) => {
    const result = await runCli(argv, { cwd: work });
    const file = `${name}.sarif`;
    writeFileSync(join(work, file), result.stdout);
    const log = JSON.parse(result.stdout);
    expect(log.runs[0].tool.driver.version).toBe(manifest.version);
    expect(log.runs[0].tool.driver.rules.length).toBeGreaterThan(0);
    for (const rule of log.runs[0].tool.driver.rules) {
      expect(rule.name).toMatch(/^([A-Z][a-z0-9]+)+$/);
      expect(rule.shortDescription.text.length).toBeGreaterThan(5);
      expect(rule.fullDescription.text.length).toBeGreaterThanOrEqual(rule.shortDescription.text.length);
    }
    expect(multitool(file)).toBe('');
  }, 120_000);
});
