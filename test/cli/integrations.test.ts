import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = join(import.meta.dirname, '../..');
let work: string;

/** A user's repository that installs @stepwise/cli (here: a bin shim to this checkout's build). */
function userRepository(name: string, broken: boolean): string {
  const dir = join(work, name);
  mkdirSync(join(dir, 'runbooks'), { recursive: true });
  mkdirSync(join(dir, 'node_modules/.bin'), { recursive: true });
  cpSync(join(repo, 'policy'), join(dir, 'policy'), { recursive: true });
  cpSync(join(repo, 'runbooks/account-unlock.yaml'), join(dir, 'runbooks/account-unlock.yaml'));
  if (broken) cpSync(join(repo, 'test/fixtures/validate/invalid/missing-required.yaml'), join(dir, 'runbooks/broken.yaml'));
  const shim = join(dir, 'node_modules/.bin/stepwise');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${join(repo, 'packages/cli/bin/stepwise.mjs')}" "$@"\n`);
  chmodSync(shim, 0o755);
  return dir;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'stepwise-integrations-'));
});

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('the GitHub Action (action.yml)', () => {
  const action = parse(readFileSync(join(repo, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: { run: string; env: Record<string, string>; shell: string }[] };
  };

  it('is a composite action whose inputs reach the script only through the environment', () => {
    expect(action.runs.using).toBe('composite');
    const step = action.runs.steps[0]!;
    expect(step.shell).toBe('bash');
    // No ${{ }} inside run: an input cannot be spliced into the script (script injection).
    expect(step.run).not.toContain('${{');
    const referenced = Object.values(step.env).map((v) => /^\$\{\{ inputs\.([a-z-]+) \}\}$/.exec(v)?.[1]);
    expect(referenced.every((name) => name !== undefined && Object.hasOwn(action.inputs, name))).toBe(true);
    expect(new Set(referenced)).toEqual(new Set(Object.keys(action.inputs).filter((i) => i !== 'working-directory')));
  });

  function runStep(cwd: string, inputs: Record<string, string>) {
    const step = action.runs.steps[0]!;
    const env: Record<string, string> = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', GITHUB_ACTION_PATH: repo };
    for (const [name, value] of Object.entries(step.env)) {
      const input = /inputs\.([a-z-]+)/.exec(value)![1]!;
      env[name] = inputs[input] ?? action.inputs[input]!.default ?? '';
    }
    return spawnSync('bash', ['-c', step.run], { cwd, env, encoding: 'utf8' });
  }

  it('annotates each problem, writes SARIF when asked, and fails the step', () => {
    const dir = userRepository('action-broken', true);
    const result = runStep(dir, { 'sarif-file': 'results/stepwise.sarif', paths: 'runbooks\npolicy/*.yaml' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=runbooks\/broken.yaml,line=\d+,col=\d+,/m);
    const sarif = JSON.parse(readFileSync(join(dir, 'results/stepwise.sarif'), 'utf8'));
    expect(sarif.runs[0].results.length).toBeGreaterThan(0);
  });

  it('passes on a clean repository, and treats hostile input as a path, never as shell', () => {
    const dir = userRepository('action-clean', false);
    const clean = runStep(dir, {});
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
    const hostile = runStep(dir, { paths: '$(touch pwned) `touch pwned2`', 'max-warnings': '0; touch pwned3' });
    expect(hostile.status).toBe(2);
    expect(readdirSync(dir).filter((f) => f.startsWith('pwned'))).toEqual([]);
  });
});

describe('the pre-commit hooks (.pre-commit-hooks.yaml)', () => {
  const hooks = parse(readFileSync(join(repo, '.pre-commit-hooks.yaml'), 'utf8')) as { id: string; entry: string; files: string; language: string; pass_filenames: boolean }[];

  it('select runbook and policy files only', () => {
    const validate = new RegExp(hooks.find((h) => h.id === 'stepwise-validate')!.files);
    expect(['runbooks/reset.yaml', 'ops/runbooks/a.yml', 'policy/org.yaml', 'policy/standards/nist.yaml', 'x/y.runbook.yaml', 'org.policy.yml'].filter((f) => !validate.test(f))).toEqual([]);
    expect(['.github/workflows/ci.yaml', 'docker-compose.yml', 'runbooks.md'].filter((f) => validate.test(f))).toEqual([]);
  });

  it.each([
    ['stepwise-validate', true, 1],
    ['stepwise-validate', false, 0],
    ['stepwise-test', false, 0],
  ])('%s, run as pre-commit runs it (entry plus the staged files that match), broken=%s exits %i', (id, broken, code) => {
    const hook = hooks.find((h) => h.id === id)!;
    const dir = userRepository(`hook-${id}-${broken}`, broken);
    const files = ['runbooks/account-unlock.yaml', ...(broken ? ['runbooks/broken.yaml'] : []), 'policy/exchange-org.yaml', 'README.md'].filter((f) => new RegExp(hook.files).test(f));
    expect(files.length).toBeGreaterThan(0);
    const [command, ...args] = hook.entry.split(' ');
    const result = spawnSync(command!, [...args, ...files], { cwd: dir, encoding: 'utf8' });
    expect(result.status).toBe(code);
    if (broken) expect(result.stdout).toContain('runbooks/broken.yaml:');
  });

});
