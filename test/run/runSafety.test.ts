import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '@stepwise/cli';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURE = join(ROOT, 'test/fixtures/runbooks/fixture-reset.yaml');
const INPUTS = ['--variant', 'cloud', '--actor', 'alice', '--input', 'ticket=INC12345', '--input', 'account=ana@example.org', '--input', 'admin-account=no', '--input', 'priority=low'];

/** A project folder with the fixture runbook in runbooks/ and a started record r.json. */
async function project(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-run-safety-'));
  mkdirSync(join(dir, 'runbooks'));
  cpSync(FIXTURE, join(dir, 'runbooks', 'fixture-reset.yaml'));
  const started = await runCli(['run', 'fixture-reset', ...INPUTS, '--out', 'r.json'], { cwd: dir, stdin: 'q\n' });
  expect(started.code).toBe(0);
  return dir;
}

describe('issue 15 item 6: the terminal checklist never overwrites what it should not', () => {
  it.each([
    ['the record itself (--out)', ['--out', 'new.json', '--markdown', 'new.json'], 'is the record itself'],
    ['the resumed record', ['--resume', 'r.json', '--markdown', 'r.json'], 'is the record itself'],
    ['the runbook', ['--out', 'new.json', '--markdown', 'runbooks/fixture-reset.yaml'], 'is the runbook'],
    ['another project file (YAML)', ['--out', 'new.json', '--markdown', 'runbooks/other.yaml'], 'takes a Markdown file'],
    ['an existing Markdown file that is not a record', ['--out', 'new.json', '--markdown', 'README.md'], 'is not a record\'s Markdown'],
    ['an existing --out on resume', ['--resume', 'r.json', '--out', 'other.json'], 'is not the record being resumed'],
  ])('refuses --markdown or --out that is %s, before anything is written (exit 2)', async (_name, args, message) => {
    const dir = await project();
    writeFileSync(join(dir, 'README.md'), '# My project\n');
    writeFileSync(join(dir, 'runbooks', 'other.yaml'), 'id: other\n');
    writeFileSync(join(dir, 'other.json'), '{"another": "run"}\n');
    const before = { r: readFileSync(join(dir, 'r.json'), 'utf8'), readme: readFileSync(join(dir, 'README.md'), 'utf8'), runbook: readFileSync(join(dir, 'runbooks', 'fixture-reset.yaml'), 'utf8') };
    const resuming = args.includes('--resume');
    const result = await runCli(['run', 'fixture-reset', ...(resuming ? ['--actor', 'alice'] : INPUTS), ...args], { cwd: dir, stdin: 'q\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readFileSync(join(dir, 'r.json'), 'utf8')).toBe(before.r);
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toBe(before.readme);
    expect(readFileSync(join(dir, 'runbooks', 'fixture-reset.yaml'), 'utf8')).toBe(before.runbook);
    expect(readFileSync(join(dir, 'other.json'), 'utf8')).toBe('{"another": "run"}\n');
  });

  it('--force allows an existing --out on resume, and a record\'s own Markdown is rewritten on resume', async () => {
    const dir = await project();
    const first = await runCli(['run', 'fixture-reset', '--actor', 'alice', '--resume', 'r.json', '--markdown', 'r.md'], { cwd: dir, stdin: 'q\n' });
    expect(first.code).toBe(0);
    const again = await runCli(['run', 'fixture-reset', '--actor', 'alice', '--resume', 'r.json', '--markdown', 'r.md'], { cwd: dir, stdin: 'q\n' });
    expect(again.code).toBe(0);
    writeFileSync(join(dir, 'other.json'), '{}');
    const forced = await runCli(['run', 'fixture-reset', '--actor', 'alice', '--resume', 'r.json', '--out', 'other.json', '--force'], { cwd: dir, stdin: 'q\n' });
    expect(forced.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'other.json'), 'utf8')).format).toBe('stepwise-audit-record');
  });

  it('a first save that fails says nothing was recorded, exit 1, never "internal error"', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-run-safety-'));
    writeFileSync(join(dir, 'not-a-folder'), '');
    const result = await runCli(['run', FIXTURE, ...INPUTS, '--out', 'not-a-folder/r.json'], { cwd: dir, stdin: 'q\n' });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('could not save the record to not-a-folder/r.json (a part of the path is not a folder, ENOTDIR)');
    expect(result.stderr).toContain('Nothing was recorded');
    expect(result.stderr).not.toContain('internal error');
  });

  it('a save that fails mid-run names the action not recorded, what the file holds, and how to resume', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-run-safety-'));
    const folder = join(dir, 'records');
    mkdirSync(folder);
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let out = '';
    let err = '';
    stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
    stderr.on('data', (c: Buffer) => (err += c.toString('utf8')));
    const done = main(['run', FIXTURE, ...INPUTS, '--out', 'records/r.json'], { cwd: dir, env: {}, stdin, stdout, stderr });
    await waitFor(() => out.includes('Recording to'));
    // The folder goes away (an unmounted share, a full disk): the next save fails.
    rmSync(folder, { recursive: true, force: true });
    stdin.write('n\nCalled the requester.\n');
    const code = await done;
    expect(code).toBe(1);
    expect(err).toContain('could not save the record to records/r.json (the folder does not exist, ENOENT)');
    expect(err).toContain('NOT recorded: event 2, a note of step 1 "Open the ticket", by alice at');
    expect(err).toContain('The record on disk holds 1 event, up to event 1: the start of the run');
    expect(err).toContain(`continue with: stepwise run ${FIXTURE} --resume records/r.json`);
    expect(err).not.toContain('internal error');
  });
});

async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 25));
  expect(condition()).toBe(true);
}
