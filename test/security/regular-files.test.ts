import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRegularFile } from '@stepwise/cli/readRegularFile';
import { readSourceFiles } from '@stepwise/docusaurus-plugin';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const FIXTURE_RUNBOOK = fileURLToPath(new URL('../fixtures/runbooks/fixture-reset.yaml', import.meta.url));
const SECRET_LINE = 'root-secret-first-line: do-not-print';

/** A project with one good runbook, and a secret file beside it (outside the project). */
function project(): { dir: string; secret: string } {
  const base = mkdtempSync(join(tmpdir(), 'stepwise-files-'));
  const secret = join(base, 'secret.yaml');
  writeFileSync(secret, `${SECRET_LINE}\n`);
  const dir = join(base, 'project');
  mkdirSync(join(dir, 'runbooks'), { recursive: true });
  cpSync(FIXTURE_RUNBOOK, join(dir, 'runbooks', 'fixture-reset.yaml'));
  return { dir, secret };
}

describe('issue 15 item 1: only regular files inside the project are read', () => {
  it('refuses a symlink that leaves the project, naming the path, and never prints the target', async () => {
    const { dir, secret } = project();
    symlinkSync(secret, join(dir, 'runbooks', 'leak.yaml'));
    for (const format of ['stylish', 'github']) {
      const result = await runCli(['validate', 'runbooks', '--format', format], { cwd: dir });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('runbooks/leak.yaml');
      expect(result.stdout).toContain('file-outside-project');
      expect(result.stdout + result.stderr).not.toContain('do-not-print');
    }
  });

  it('refuses a symlinked folder that leaves the project', async () => {
    const { dir } = project();
    const outside = mkdtempSync(join(tmpdir(), 'stepwise-outside-'));
    writeFileSync(join(outside, 'x.yaml'), `${SECRET_LINE}\n`);
    symlinkSync(outside, join(dir, 'runbooks', 'linked'));
    const result = await runCli(['validate', 'runbooks'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('runbooks/linked');
    expect(result.stdout).toContain('file-outside-project');
    expect(result.stdout).not.toContain('do-not-print');
  });

  it('follows a symlink that stays inside the project', async () => {
    const { dir } = project();
    symlinkSync(join(dir, 'runbooks', 'fixture-reset.yaml'), join(dir, 'runbooks', 'alias.yml'));
    const result = await runCli(['validate', 'runbooks/alias.yml'], { cwd: dir });
    expect(result.stdout).not.toContain('file-outside-project');
  });

  it('refuses a FIFO named x.yaml without blocking on it', async () => {
    const { dir } = project();
    execFileSync('mkfifo', [join(dir, 'runbooks', 'x.yaml')]);
    const result = await runCli(['validate', 'runbooks'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('runbooks/x.yaml');
    expect(result.stdout).toContain('file-not-regular');
    expect(result.stdout).toContain('FIFO');
  });

  it('reads at most the size cap from /dev/zero (whose stat size is 0), and refuses devices by type', () => {
    const root = mkdtempSync(join(tmpdir(), 'stepwise-zero-'));
    // With / as the project, /dev/zero is inside it: the type check must refuse it.
    const device = readRegularFile('/dev/zero', { root: '/', maxBytes: 1024 });
    expect(device).toMatchObject({ ok: false, reason: 'not-regular' });
    symlinkSync('/dev/zero', join(root, 'zero.yaml'));
    expect(readRegularFile(join(root, 'zero.yaml'), { root, maxBytes: 1024 })).toMatchObject({ ok: false, reason: 'outside-project' });
  });

  it('stops reading a regular file at the cap, whatever its length', () => {
    const root = mkdtempSync(join(tmpdir(), 'stepwise-cap-'));
    writeFileSync(join(root, 'big.yaml'), 'a'.repeat(5000));
    expect(readRegularFile(join(root, 'big.yaml'), { root, maxBytes: 4096 })).toMatchObject({ ok: false, reason: 'too-large' });
    expect(readRegularFile(join(root, 'big.yaml'), { root, maxBytes: 5000 })).toMatchObject({ ok: true, bytes: 5000 });
  });

  it('the site build reads through the same function: a symlink out and a FIFO are refused by name', () => {
    const { dir, secret } = project();
    symlinkSync(secret, join(dir, 'runbooks', 'leak.yaml'));
    execFileSync('mkfifo', [join(dir, 'runbooks', 'pipe.yaml')]);
    const { files, refused } = readSourceFiles(dir, ['runbooks']);
    expect(files.map((f) => f.path)).toEqual(['runbooks/fixture-reset.yaml']);
    expect(refused.map((d) => [d.file, d.code])).toEqual([
      ['runbooks/leak.yaml', 'file-outside-project'],
      ['runbooks/pipe.yaml', 'file-not-regular'],
    ]);
    expect(JSON.stringify(refused)).not.toContain('do-not-print');
  });
});

describe('issue 15 item 1: stepwise run and verify read the runbook the same way', () => {
  it('run refuses a FIFO or a symlink out of the project as the runbook, exit 2', async () => {
    const { dir, secret } = project();
    execFileSync('mkfifo', [join(dir, 'runbooks', 'pipe.yaml')]);
    symlinkSync(secret, join(dir, 'runbooks', 'leak.yaml'));
    const pipe = await runCli(['run', 'runbooks/pipe.yaml', '--actor', 'a'], { cwd: dir });
    expect(pipe.code).toBe(2);
    expect(pipe.stderr).toContain('FIFO');
    const leak = await runCli(['run', 'leak', '--actor', 'a'], { cwd: dir });
    expect(leak.code).toBe(2);
    expect(leak.stderr).toContain('outside the project folder');
    expect(leak.stderr).not.toContain('do-not-print');
  });

  it('verify refuses a FIFO as the record instead of blocking on it', async () => {
    const { dir } = project();
    execFileSync('mkfifo', [join(dir, 'record.json')]);
    const result = await runCli(['verify', 'record.json'], { cwd: dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('FIFO');
  });
});
