import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkConformance, conformanceMatrix, evaluatePassword, emulatedLevel, loadEvaluationResources, runPolicyExamples, type EvaluateOptions } from '@stepwise/policy';
import { ROOT, shippedPolicies, shippedStandards } from './loadShipped';

const standards = shippedStandards();
const policies = shippedPolicies();
const POLICY_IDS = ['ad-default', 'cis-windows-server-2022', 'entra-default', 'exchange-org', 'nist-800-63b-4-mfa', 'nist-800-63b-4-single-factor', 'owasp-asvs-5-l1', 'owasp-asvs-5-l2', 'pci-dss-4'];
const BASELINES = POLICY_IDS.filter((id) => id !== 'exchange-org');

describe('shipped policies', () => {
  it('are the agreed set, each with the schema modeline', () => {
    expect([...policies.keys()].sort()).toEqual(POLICY_IDS);
    for (const id of POLICY_IDS) {
      expect(readFileSync(join(ROOT, 'policy', `${id}.yaml`), 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=https://stepwise.dev/schemas/policy.json');
    }
  });

  it.each(BASELINES)('%s meets its own emulated standard: no clause fails or conflicts', (id) => {
    const policy = policies.get(id)!;
    const standard = standards.find((s) => s.id === policy.emulates);
    expect(standard, `emulates ${policy.emulates}`).toBeDefined();
    const level = emulatedLevel(policy, standard!);
    const report = checkConformance(policy, standard!, { standards, ...(level ? { level } : {}) });
    const bad = report.clauses.filter((c) => c.outcome === 'fails' || c.outcome === 'conflicts').map((c) => `${c.clauseId}: ${c.explanation}`);
    expect(bad).toEqual([]);
    expect(report.summary.meets).toBeGreaterThan(0);
  });

  it('check the ASVS baselines at their own level, and AD at its default level', () => {
    const asvs = standards.find((s) => s.id === 'owasp-asvs')!;
    expect(emulatedLevel(policies.get('owasp-asvs-5-l1')!, asvs)).toBe('L1');
    expect(emulatedLevel(policies.get('owasp-asvs-5-l2')!, asvs)).toBe('L2');
    expect(emulatedLevel(policies.get('ad-default')!, standards.find((s) => s.id === 'microsoft-ad')!)).toBe('default');
    expect(emulatedLevel(policies.get('exchange-org')!, asvs)).toBeUndefined();
  });

  it('cite only clause ids that the standards define, on every rule', () => {
    const known = new Set(standards.flatMap((s) => s.clauses.map((c) => c.id)));
    for (const [id, policy] of policies) {
      for (const [kind, rule] of Object.entries(policy.rules ?? {})) {
        if (kind === 'patterns') continue;
        const clauses = (rule as { clauses?: string[] }).clauses ?? [];
        expect(clauses.length, `${id} rules.${kind} cites no clause`).toBeGreaterThan(0);
        for (const clause of clauses) expect(known.has(clause), `${id} rules.${kind}: ${clause}`).toBe(true);
      }
    }
  });

  it('give a full matrix, one report per policy and standard', () => {
    const matrix = conformanceMatrix([...policies.values()], standards);
    expect(matrix.reports).toHaveLength(POLICY_IDS.length);
    for (const row of matrix.reports) expect(row.map((r) => r.standardId)).toEqual(matrix.standardIds);
  });
});

describe('shipped policy examples, run through the engine', () => {
  let resources: EvaluateOptions;
  beforeAll(async () => {
    resources = await loadEvaluationResources();
  });

  it.each(POLICY_IDS)('%s: every example comes out as written', (id) => {
    const policy = policies.get(id)!;
    const source = (policy.examples?.accept?.length ?? 0) + (policy.examples?.reject?.length ?? 0);
    expect(policy.examples?.accept?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(policy.examples?.reject?.length ?? 0).toBeGreaterThanOrEqual(2);
    const results = runPolicyExamples(policy, (password, context) => evaluatePassword(password, policy, context, resources));
    expect(results).toHaveLength(source);
    expect(results.filter((r) => !r.ok).map((r) => `${r.kind}[${r.index}]: expected ${r.expected}, got ${r.actual}`)).toEqual([]);
  });
});
