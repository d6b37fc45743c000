import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { shippedPresets } from '@stepwise/policy';
import { loadProject } from '@stepwise/project';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const root = join(import.meta.dirname, '../..');
const yamlIn = (folder: string) => readdirSync(join(root, folder)).filter((f) => f.endsWith('.yaml')).sort();

const USER_POLICY = `id: acme
title: Acme
version: 1.0.0
summary: Acme's policy, on top of the NIST single-factor baseline.
extends: nist-800-63b-4-single-factor
rules:
  length: {min: 16}
`;

describe('presets shipped as data (issue 13, item 2)', () => {
  it('are the repository files, byte for byte (one source of truth)', () => {
    expect(shippedPresets.policies.map((f) => f.path.split('/').pop())).toEqual(yamlIn('policy'));
    expect(shippedPresets.standards.map((f) => f.path.split('/').pop())).toEqual(yamlIn('policy/standards'));
    for (const file of shippedPresets.policies) expect(file.text).toBe(readFileSync(join(root, 'policy', file.path.split('/').pop()!), 'utf8'));
    for (const file of shippedPresets.standards) expect(file.text).toBe(readFileSync(join(root, 'policy/standards', file.path.split('/').pop()!), 'utf8'));
  });

  it("resolve a user's extends by id, with the user's files added and no preset problem reported", () => {
    const project = loadProject([{ path: 'policy/acme.yaml', text: USER_POLICY }]);
    expect(project.diagnostics).toEqual([]);
    expect(project.policies.get('acme')?.rules?.length?.min).toBe(16);
    expect(project.policies.has('entra-default')).toBe(true);
    expect([...project.standards.keys()]).toContain('nist-800-63b-4');
    expect(project.policyFiles.get('entra-default')).toBe('node_modules/@stepwise/policy/presets/policies/entra-default.yaml');
  });

  it("let a user's file with a preset's id replace the preset", () => {
    const own = 'id: entra-default\ntitle: Ours\nversion: 2.0.0\nsummary: Our own.\nrules:\n  length: {min: 20}\n';
    const project = loadProject([{ path: 'policy/entra.yaml', text: own }]);
    expect(project.diagnostics).toEqual([]);
    expect(project.policies.get('entra-default')?.rules?.length?.min).toBe(20);
    expect(project.policyFiles.get('entra-default')).toBe('policy/entra.yaml');
  });
});

describe('the CLI in a folder with no policy/ of its own', () => {
  const cwd = mkdtempSync(join(tmpdir(), 'stepwise-presets-'));
  afterAll(() => rmSync(cwd, { recursive: true, force: true }));

  it('checks a password against a shipped policy and conforms a user file with a shipped standard', async () => {
    const checked = await runCli(['check', '--policy', 'entra-default', '--password-stdin'], { cwd, stdin: 'correct horse battery staple 19\n' });
    expect(checked.stderr).toBe('');
    expect(checked.code).toBe(0);
    mkdirSync(join(cwd, 'policy'));
    writeFileSync(join(cwd, 'my.yaml'), USER_POLICY);
    const conformed = await runCli(['conform', 'my.yaml', '--standard', 'nist-800-63b-4'], { cwd });
    expect(conformed.stderr).toBe('');
    expect(conformed.stdout).toContain('nist-800-63b-4');
    expect([0, 1]).toContain(conformed.code);
  });
});
