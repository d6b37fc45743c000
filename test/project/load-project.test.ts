import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { emulatedLevel, noPresets } from '@stepwise/policy';
import { loadProject, policyRuleIds } from '@stepwise/project';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const root = join(import.meta.dirname, '../..');
const fixture = join(root, 'test/fixtures/project');

function read(dir: string, base: string): { path: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? read(join(dir, e.name), base) : [{ path: relative(base, join(dir, e.name)), text: readFileSync(join(dir, e.name), 'utf8') }],
  );
}

describe('loadProject: cross-file checks', () => {
  // Without the shipped presets, so the fixture's own files are all there is.
  const project = loadProject(read(fixture, fixture), { presets: noPresets });
  const found = project.diagnostics.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.code}`);

  it('reports every cross-file problem at its node', () => {
    expect(found).toEqual([
      'policy/child.yaml:5:10 policy-extends-unknown',
      'policy/same-id-as-base.yaml:1:5 policy-duplicate-id',
      'runbooks/refs.yaml:13:23 runbook-unknown-clause',
      'runbooks/refs.yaml:14:43 runbook-unknown-rule',
      'runbooks/same-id-as-refs.yaml:1:5 project-duplicate-id',
      'runbooks/unknown-policy.yaml:6:9 runbook-unknown-policy',
    ]);
    const hints = Object.fromEntries(project.diagnostics.map((d) => [d.code, d.hint]));
    expect(hints['runbook-unknown-policy']).toBe('Did you mean "base"?');
    expect(hints['runbook-unknown-clause']).toBe('Did you mean "MINI-1"?');
  });

  it('keeps what loaded: the standard, the first of two same-id files, resolved policies', () => {
    expect([...project.standards.keys()]).toEqual(['mini']);
    expect(project.runbooks.map((r) => r.file)).toEqual(['runbooks/refs.yaml', 'runbooks/unknown-policy.yaml']);
    expect([...project.policies.keys()]).toEqual(['base']);
  });

  it('derives rule ids from a policy as runbook steps cite them', () => {
    expect([...policyRuleIds(project.policies.get('base')!)]).toEqual(['length', 'lifecycle.maxAgeDays']);
  });
});

describe('loadProject: what a baseline emulates', () => {
  const dir = join(root, 'test/fixtures/project-emulation');
  const project = loadProject(read(dir, dir));

  it('reports an unknown standard and an unknown or orphan level at their nodes', () => {
    expect(project.diagnostics.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.code} ${d.hint ?? ''}`)).toEqual([
      'policy/bad-level.yaml:6:16 project-unknown-level Its levels: L1, L2.',
      'policy/bad-standard.yaml:5:11 project-unknown-standard Did you mean "levelled"?',
      'policy/level-alone.yaml:5:16 project-unknown-level Add emulates: <standard id>, or remove emulatesLevel.',
    ]);
  });

  it('checks a baseline at the level it emulates', () => {
    const good = project.policies.get('good')!;
    const standard = project.standards.get('levelled')!.standard;
    expect(emulatedLevel(good, standard)).toBe('L2');
    expect(emulatedLevel({ ...good, emulatesLevel: 'L4' }, standard)).toBeUndefined();
    expect(emulatedLevel({ ...good, emulates: 'other' }, standard)).toBeUndefined();
  });
});

describe('the bundled content', () => {
  it('validates clean with the CLI defaults (runbooks/ and policy/)', async () => {
    const result = await runCli(['validate', '--format', 'json', '--fail-severity', 'warning'], { cwd: root });
    const report = JSON.parse(result.stdout) as { summary: { problems: number; files: number } };
    expect(report.summary.problems).toBe(0);
    expect(report.summary.files).toBeGreaterThanOrEqual(19);
    expect(result.code).toBe(0);
  });

  it('checks a lone runbook against the policies and standards under policy/', async () => {
    const project = loadProject([
      { path: 'runbooks/exchange-password-reset.yaml', text: readFileSync(join(root, 'runbooks/exchange-password-reset.yaml'), 'utf8').replace('policy: exchange-org', 'policy: exchange-orgg') },
      ...read(join(root, 'policy'), root),
    ]);
    expect(project.diagnostics.map((d) => `${d.code} ${d.hint ?? ''}`)).toEqual(['runbook-unknown-policy Did you mean "exchange-org"?']);
  });
});
