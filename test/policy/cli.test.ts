import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '@stepwise/cli';
import { runCli } from '../helpers/runCli';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (argv: string[], stdin?: string) => runCli(argv, { cwd: root, ...(stdin !== undefined ? { stdin } : {}) });

describe('stepwise check', () => {
  it('never prints the password read with --password-stdin (security reference item 12)', async () => {
    for (const extra of [[], ['--json']]) {
      const result = await cli(['check', '--password-stdin', '--policy', 'exchange-org', ...extra], 'S3ntinel-Value\n');
      expect(result.code).toBe(1);
      expect(result.stdout + result.stderr).not.toContain('S3ntinel');
      expect(result.stdout).toMatch(/Too short: 14 characters|"ok": false/);
    }
  });

  it("the built bin: printf 'S3ntinel-Value\\n' | stepwise check --password-stdin prints no S3ntinel", () => {
    // `npm test` builds the CLI bundle first (scripts/build.mjs).
    const run = spawnSync(process.execPath, ['packages/cli/bin/stepwise.mjs', 'check', '--password-stdin', '--policy', 'exchange-org'], { cwd: root, input: 'S3ntinel-Value\n', encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Rejected by policy exchange-org');
    expect(run.stdout + run.stderr).not.toContain('S3ntinel');
  });

  it('exits 0 when accepted, with every rule reported and context options applied', async () => {
    const accepted = await cli(['check', '--password-stdin', '--policy', 'nist-800-63b-4-single-factor'], 'correct horse battery staple 42\n');
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('Accepted by policy nist-800-63b-4-single-factor');
    const named = await cli(['check', '--password-stdin', '--policy', 'ad-default', '--display-name', 'Erin M. Hagens', '--json'], 'Hagens-2024-Spring\n');
    expect(named.code).toBe(1);
    const evaluation = JSON.parse(named.stdout) as { rules: { rule: string; ok: boolean; message: string }[] };
    expect(evaluation.rules.find((r) => r.rule === 'context')).toMatchObject({ ok: false, message: 'Contains the display name part "hagens".' });
  });

  it('refuses --password and -p with an explanation and exit 2, without echoing the value', async () => {
    for (const argv of [['--password', 'Hunter2-Secret'], ['--password=Hunter2-Secret'], ['-pHunter2-Secret'], ['-p', 'Hunter2-Secret']]) {
      const result = await cli(['check', '--policy', 'ad-default', ...argv]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('never accepted as an argument');
      expect(result.stderr).toContain('ps');
      expect(result.stdout + result.stderr).not.toContain('Hunter2');
    }
    const positional = await cli(['check', '--policy', 'ad-default', 'Hunter2-Secret']);
    expect(positional.code).toBe(2);
    expect(positional.stdout + positional.stderr).not.toContain('Hunter2');
  });

  it('--batch: one JSON line per input with line number and verdict, never the password', async () => {
    const result = await cli(['check', '--batch', '--policy', 'ad-default'], 'password\nCorrect-Horse-Battery-9\n\n');
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { line: number; ok: boolean });
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(result.stdout).not.toContain('Correct-Horse');
    expect(result.stderr).toContain('3 passwords checked against ad-default: 1 accepted, 2 rejected.');
  });

  it('reads from a terminal with echo off (raw mode), printing only the prompt', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, rawModes: [] as boolean[], setRawMode(mode: boolean) { this.rawModes.push(mode); return this; } });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let written = '';
    stdout.on('data', (c: Buffer) => (written += c.toString()));
    stderr.on('data', (c: Buffer) => (written += c.toString()));
    const done = main(['check', '--policy', 'nist-800-63b-4-single-factor'], { cwd: root, env: {}, stdin, stdout, stderr });
    setTimeout(() => stdin.write('S3ntinel-Value-x\u007fLong-enough\r'), 50);
    expect(await done).toBe(0);
    expect(stdin.rawModes).toEqual([true, false]);
    expect(written).toContain('Password (not shown): ');
    expect(written).not.toContain('S3ntinel');
    expect(written).toContain('(26 characters)');
  });

  it('is a usage error without a terminal or --password-stdin, or with an unknown policy', async () => {
    const noTty = await cli(['check', '--policy', 'ad-default'], 'x\n');
    expect(noTty.code).toBe(2);
    expect(noTty.stderr).toContain('--password-stdin');
    const unknown = await cli(['check', '--password-stdin', '--policy', 'nist-800-63b-4'], 'x\n');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Did you mean "nist-800-63b-4-');
  });
});

describe('stepwise generate', () => {
  it('prints passwords that pass the policy', async () => {
    const result = await cli(['generate', '--policy', 'ad-default', '--count', '3']);
    expect(result.code).toBe(0);
    const passwords = result.stdout.trim().split('\n');
    expect(passwords).toHaveLength(3);
    for (const password of passwords) {
      const checked = await cli(['check', '--password-stdin', '--policy', 'ad-default'], `${password}\n`);
      expect(checked.code).toBe(0);
    }
    const random = await cli(['generate', '--policy', 'entra-default', '--kind', 'random', '--length', '20', '--json']);
    expect(JSON.parse(random.stdout)).toMatchObject({ policy: 'entra-default' });
    expect([...(JSON.parse(random.stdout) as { password: string }).password]).toHaveLength(20);
  });

  it('rejects bad options with exit 2', async () => {
    expect((await cli(['generate', '--policy', 'ad-default', '--kind', 'emoji'])).code).toBe(2);
    expect((await cli(['generate', '--policy', 'ad-default', '--count', '0'])).code).toBe(2);
    expect((await cli(['generate'])).code).toBe(2);
  });
});

describe('stepwise test', () => {
  it('runs every shipped policy example and exits 0', async () => {
    const result = await cli(['test']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^9 policies, \d+ examples: \d+ passed, 0 failed\.\n$/);
  });

  it('prints expected and actual for failing examples, with file:line:col, and exits 1', async () => {
    const result = await cli(['test', 'test/fixtures/policy/examples/failing.yaml']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(
      [
        'FAIL test/fixtures/policy/examples/failing.yaml:12:7 failing-examples examples.accept[0] (too short on purpose)',
        '  expected: accepted',
        '  actual:   rejected by length (Too short: 5 characters, at least 12 needed.)',
        'FAIL test/fixtures/policy/examples/failing.yaml:18:7 failing-examples examples.reject[1]',
        '  expected: rejected by repetition',
        '  actual:   rejected by length (Too short: 4 characters, at least 12 needed.)',
        '1 policy, 4 examples: 2 passed, 2 failed.',
        '',
      ].join('\n'),
    );
  });

  it('exits 1 on invalid policy files, with their diagnostics', async () => {
    const result = await cli(['test', 'test/fixtures/policy/invalid/semantics.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('test/fixtures/policy/invalid/semantics.yaml:7:10: error policy-length-range');
  });
});
