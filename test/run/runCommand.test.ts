import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/runCli';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/runbooks/fixture-reset.yaml');
const INPUTS = ['--input', 'ticket=INC12345', '--input', 'account=ana@example.org', '--input', 'admin-account=no', '--input', 'priority=low'];

describe('stepwise run (in process, piped answers)', () => {
  it('runs from piped answers and saves the record after every action', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-run-'));
    const out = join(dir, 'r.json');
    const answers = ['c', 'y', 'y', 'https://desk.example.org/1', 'q'].join('\n');
    const result = await runCli(['run', FIXTURE, '--variant', 'cloud', '--actor', 'alice', ...INPUTS, '--out', out], { cwd: dir, stdin: answers });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Continue with: stepwise run');
    const record = JSON.parse(readFileSync(out, 'utf8'));
    expect(record.events.map((e: { action: string }) => e.action)).toEqual(['start', 'tick', 'tick', 'complete']);
  });

  it('stops before starting when input ends, recording nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-run-'));
    const result = await runCli(['run', FIXTURE, '--actor', 'alice', '--out', join(dir, 'r.json')], { cwd: dir, stdin: '' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('nothing was recorded');
  });

  it.each([
    [['run'], 'which runbook?'],
    [['run', 'no-such-runbook'], 'cannot read runbook'],
    [['run', FIXTURE, '--variant', 'mainframe'], 'unknown variant "mainframe"'],
    [['run', FIXTURE, '--input', 'password=Secret1!'], 'has no input "password"'],
    [['run', FIXTURE, '--input', 'ticket=nope'], '--input ticket: "Ticket number" does not have the expected form'],
    [['run', FIXTURE, '--input', 'ticket'], '--input takes key=value'],
    [['run', FIXTURE, '--resume', 'x.json', '--variant', 'cloud'], 'come from the record when resuming'],
    [['run', FIXTURE, '--resume', 'missing.json'], 'cannot read record missing.json'],
  ])('exits 2 with a clear message: %j', async (argv, message) => {
    const result = await runCli(argv, { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses to overwrite an existing record unless resuming', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-run-'));
    writeFileSync(join(dir, 'r.json'), '{}');
    const result = await runCli(['run', FIXTURE, '--out', 'r.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('r.json already exists');
  });

  it('refuses a runbook that does not validate', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-run-'));
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(FIXTURE, 'utf8').replace('onFail: contact-support', 'onFail: nowhere'));
    const result = await runCli(['run', 'bad.yaml'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('runbook-dangling-branch');
  });
});
