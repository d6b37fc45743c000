import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { auditRecordToJson, exportAuditRecord } from '@stepwise/runbook';
import { runCli } from '../helpers/runCli';
import { EXCHANGE_PATH, loadFixture } from '../run/fixtures';
import { runThrough } from '../run/exchangeRun';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNS = 'test/fixtures/runs';
const RUNBOOK = 'test/fixtures/runbooks/fixture-reset.yaml';

describe('stepwise verify', () => {
  it('prints valid with the head hash and a summary, replaying against --runbook (exit 0)', async () => {
    const result = await runCli(['verify', `${RUNS}/fixture-reset.valid.json`, '--runbook', RUNBOOK], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`valid: ${RUNS}/fixture-reset.valid.json`);
    expect(result.stdout).toMatch(/head hash: [0-9a-f]{64}\n/);
    expect(result.stdout).toContain('runbook:   fixture-reset 1.0.0 (variant onprem)');
    expect(result.stdout).toContain('outcome:   completed (6 of 6 steps resolved)');
    expect(result.stdout).not.toContain('not replayed');
  });

  it('checks the chain alone when the runbook is not at hand, and says so', async () => {
    const result = await runCli(['verify', `${RUNS}/fixture-reset.valid.json`], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('note: the events were not replayed against the runbook');
  });

  it('finds runbooks/<id>.yaml by the id in the record when its source matches, and replays', async () => {
    const { runbook, source } = loadFixture(EXCHANGE_PATH);
    const file = join(mkdtempSync(join(tmpdir(), 'stepwise-verify-')), 'exchange.json');
    writeFileSync(file, auditRecordToJson(exportAuditRecord(await runThrough(runbook, source, 'on-premises'))));
    const result = await runCli(['verify', file], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('outcome:   completed');
    expect(result.stdout).not.toContain('not replayed');
  });

  it('lists every problem with its event number (exit 1)', async () => {
    const result = await runCli(['verify', `${RUNS}/fixture-reset.tampered-event-3.json`, '--runbook', RUNBOOK], { cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('invalid: test/fixtures/runs/fixture-reset.tampered-event-3.json: 1 problem\n');
    expect(result.stdout).toMatch(/ {2}event 3: hash-mismatch: Event 3 was changed after it was recorded/);
  });

  it('reports a truncated record', async () => {
    const result = await runCli(['verify', `${RUNS}/fixture-reset.truncated.json`], { cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('event 6: event-count: The record says it has 8 events but holds 5');
    expect(result.stdout).toContain('record: head-hash:');
  });

  it('reports a runbook that is not the source the run followed', async () => {
    const result = await runCli(['verify', `${RUNS}/fixture-reset.valid.json`, '--runbook', 'runbooks/exchange-password-reset.yaml'], { cwd: ROOT });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('event 1: runbook-source:');
  });

  it('prints JSON with --json', async () => {
    const result = await runCli(['verify', `${RUNS}/fixture-reset.tampered-event-3.json`, '--json'], { cwd: ROOT });
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: false, problems: [{ seq: 3, code: 'hash-mismatch' }] });
  });

  it.each([
    [['verify', `${RUNS}/not-json.json`], 'not valid JSON'],
    [['verify', `${RUNS}/missing.json`], 'no such file'],
    [['verify', `${RUNS}/fixture-reset.valid.json`, '--runbook', 'nope.yaml'], 'cannot read runbook'],
    [['verify'], 'which record?'],
    [['verify', 'a.json', '--bogus'], 'Unknown option'],
  ])('exits 2 on unreadable input or bad usage: %j', async (argv, message) => {
    const result = await runCli(argv, { cwd: ROOT });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});
