import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPolicy, resolvePolicies, resolvePolicy, type PolicySource } from '@stepwise/policy';

const source = (name: string): PolicySource => {
  const text = readFileSync(new URL(`../fixtures/policy/${name}`, import.meta.url), 'utf8');
  const loaded = loadPolicy(text, name, { resolve: false });
  if (!loaded.document) throw new Error(`fixture ${name} did not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return { policy: loaded.document, file: name, parsed: loaded.parsed };
};

describe('resolvePolicies: extends', () => {
  const { policies, diagnostics } = resolvePolicies([source('extends/base.yaml'), source('extends/child.yaml')]);
  const child = policies.get('child')!;

  it('resolves without diagnostics and records the chain', () => {
    expect(diagnostics).toEqual([]);
    expect(child.chain).toEqual(['base', 'child']);
    expect(policies.get('base')!.chain).toEqual(['base']);
  });

  it('merges mappings deeply: a child min keeps the parent max and clauses', () => {
    expect(child.rules?.length).toEqual({ min: 20, max: 64, clauses: ['N4-3.1.1.2-1a'] });
    expect(child.lifecycle).toEqual({ maxAgeDays: 0, lockout: { threshold: 5, durationMinutes: 30 } });
  });

  it('replaces lists and scalars', () => {
    expect(child.rules?.blocklist).toEqual({ match: 'exact', terms: ['fabrikam'] });
    expect(child.version).toBe('1.1.0');
  });

  it('keeps inherited patterns when the child does not set the list', () => {
    expect(child.rules?.patterns?.map((p) => p.id)).toEqual(['no-year']);
  });

  it('switches an inherited rule off with enabled: false', () => {
    expect(child.rules?.composition).toEqual({ classes: 'ad', minClasses: 3, enabled: false });
  });

  it('does not inherit examples or emulates', () => {
    expect(child.examples).toBeUndefined();
    expect(child.emulates).toBeUndefined();
    expect(policies.get('base')!.examples?.accept).toHaveLength(1);
  });

  it('records what each level changed', () => {
    expect(child.levels[1]).toEqual({ id: 'child', changed: ['rules.length.min', 'rules.composition.enabled', 'rules.blocklist.terms', 'lifecycle.lockout.threshold'] });
    expect(child.levels[0]!.changed).toContain('rules.length.max');
  });

  it('never mutates or aliases the parent', () => {
    child.rules!.blocklist!.terms!.push('changed');
    expect(policies.get('base')!.rules?.blocklist?.terms).toEqual(['contoso', 'stepwise']);
  });
});

describe('resolvePolicies: problems at the extends node', () => {
  it('reports an unknown parent with line:col and a suggestion', () => {
    const { policies, diagnostics } = resolvePolicies([source('unknown/orphan.yaml'), { ...source('extends/base.yaml'), policy: { ...source('extends/base.yaml').policy, id: 'nist-800-63b-4-single-factor' } }]);
    expect(policies.has('orphan')).toBe(false);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      code: 'policy-extends-unknown',
      file: 'unknown/orphan.yaml',
      range: { start: { line: 5, column: 10 }, end: { line: 5, column: 37 } },
      hint: 'Did you mean "nist-800-63b-4-single-factor"?',
    });
  });

  it('reports a cycle on each policy of the cycle', () => {
    const { policies, diagnostics } = resolvePolicies([source('cycle/a.yaml'), source('cycle/b.yaml')]);
    expect(policies.size).toBe(0);
    expect(diagnostics.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.code} ${d.message}`)).toEqual([
      'cycle/a.yaml:5:10 policy-extends-cycle Policies extend each other in a cycle: cycle-a -> cycle-b -> cycle-a.',
      'cycle/b.yaml:5:10 policy-extends-cycle Policies extend each other in a cycle: cycle-b -> cycle-a -> cycle-b.',
    ]);
  });

  it('reports a duplicate id at the second file', () => {
    const { diagnostics } = resolvePolicies([source('extends/base.yaml'), { ...source('extends/base.yaml'), file: 'copy.yaml' }]);
    expect(diagnostics).toMatchObject([{ code: 'policy-duplicate-id', file: 'copy.yaml', range: { start: { line: 1, column: 5 } } }]);
  });
});

describe('resolvePolicy with a lookup', () => {
  it('resolves one policy from memory', () => {
    const base = source('extends/base.yaml').policy;
    const child = source('extends/child.yaml').policy;
    const { policy, diagnostics } = resolvePolicy(child, (id) => (id === 'base' ? base : undefined));
    expect(diagnostics).toEqual([]);
    expect(policy?.rules?.length?.min).toBe(20);
    expect(resolvePolicy(child, () => undefined).diagnostics[0]?.code).toBe('policy-extends-unknown');
  });
});
