import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkConformance, type ConformanceReport } from '@stepwise/policy';
import { FIXTURES, policiesIn, shippedPolicies, shippedStandards } from './loadShipped';

const standards = shippedStandards();
const standard = (id: string) => standards.find((s) => s.id === id)!;
const fixtures = policiesIn(join(FIXTURES, 'policies'));
const shipped = shippedPolicies();

function clause(report: ConformanceReport, id: string) {
  const found = report.clauses.find((c) => c.clauseId === id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
}

describe('checkConformance: one outcome of each kind, with the deciding field and value', () => {
  const report = checkConformance(fixtures.get('fixture-mixed')!, standard('nist-800-63b-4'), { standards });

  it('fails a clause the policy does not meet', () => {
    expect(clause(report, 'N4-3.1.1.2-1a')).toMatchObject({ outcome: 'fails', field: 'rules.length.min', value: 10, expected: '>= 15' });
    expect(clause(report, 'N4-3.1.1.2-1a').explanation).toBe('rules.length.min is 10 (needs >= 15).');
    expect(clause(report, 'N4-3.1.1.2-8')).toMatchObject({ outcome: 'fails', field: 'lifecycle.knowledgeQuestionsAllowed', value: true, expected: '== false' });
  });

  it('meets a clause, naming the value that meets it', () => {
    expect(clause(report, 'N4-block')).toMatchObject({ outcome: 'meets', field: 'rules.blocklist.common', value: true });
    expect(clause(report, 'N4-3.1.1.2-2')).toMatchObject({ outcome: 'meets', field: 'rules.length.max', expected: '>= 64 (or not set)' });
    expect(clause(report, 'N4-3.1.1.2-2')).not.toHaveProperty('value');
  });

  it('reports a conflict when the failure comes from meeting another standard (composition)', () => {
    const composition = clause(report, 'N4-3.1.1.2-5');
    expect(composition).toMatchObject({ outcome: 'conflicts', field: 'rules.composition.minClasses', value: 3, conflictsWith: { standardId: 'microsoft-entra', clauseId: 'EN-classes' } });
    expect(composition.explanation).toContain('The policy meets EN-classes (microsoft-entra) instead');
  });

  it('reports a conflict for rotation (NIST against PCI DSS 8.3.9 on a single-factor policy)', () => {
    expect(clause(report, 'N4-3.1.1.2-6')).toMatchObject({ outcome: 'conflicts', field: 'lifecycle.maxAgeDays', value: 90, conflictsWith: { standardId: 'pci-dss-4', clauseId: 'PCI-8.3.9' } });
  });

  it('is not-applicable when the clause does not apply, naming why', () => {
    expect(clause(report, 'N4-3.1.1.2-1b')).toMatchObject({ outcome: 'not-applicable', field: 'lifecycle.mfaRequired', value: false });
  });

  it('is manual when the policy does not say, when nothing can be read from a policy, or when an alternative may exist', () => {
    const hints = clause(report, 'N4-3.1.1.2-7');
    expect(hints).toMatchObject({ outcome: 'manual', field: 'lifecycle.hintsAllowed', expected: '== false' });
    expect(hints.explanation).toMatch(/^The policy does not say: lifecycle.hintsAllowed is not set\. Auditor: Check the sign-in/);
    expect(clause(report, 'N4-reason')).toMatchObject({ outcome: 'manual' });
    expect(clause(report, 'N4-reason').field).toBeUndefined();
    const rate = clause(report, 'N4-3.2.2');
    expect(rate).toMatchObject({ outcome: 'manual', field: 'lifecycle.lockout.threshold' });
    expect(rate.manual).toMatch(/throttling/);
  });

  it('counts outcomes in the summary', () => {
    expect(report.summary).toEqual({ meets: 6, fails: 2, conflicts: 2, 'not-applicable': 1, manual: 5 });
    expect(report.clauses).toHaveLength(16);
    expect(report).toMatchObject({ policyId: 'fixture-mixed', standardId: 'nist-800-63b-4' });
  });

  it('without the other standards, a contradicted clause simply fails', () => {
    const alone = checkConformance(fixtures.get('fixture-mixed')!, standard('nist-800-63b-4'));
    expect(clause(alone, 'N4-3.1.1.2-5').outcome).toBe('fails');
    expect(clause(alone, 'N4-3.1.1.2-6').outcome).toBe('fails');
  });

  it('does not count a rule that only warns or is switched off', () => {
    const warned = checkConformance(fixtures.get('fixture-warning-only')!, standard('nist-800-63b-4'), { standards });
    expect(clause(warned, 'N4-3.1.1.2-1a')).toMatchObject({ outcome: 'fails', field: 'rules.length.min' });
    expect(clause(warned, 'N4-3.1.1.2-1a').explanation).toBe('rules.length.min is not set (rules.length only warns (severity: warning)) (needs >= 15).');
    expect(clause(warned, 'N4-3.1.1.2-5').outcome).toBe('meets');
  });

  it('fails, but names the conflicting part, when only part of a failure is a conflict', () => {
    const ad = checkConformance(shipped.get('exchange-org')!, standard('microsoft-ad'), { standards });
    const complexity = clause(ad, 'AD-complexity');
    expect(complexity.outcome).toBe('fails');
    expect(complexity.conflictsWith?.clauseId).toBe('N4-3.1.1.2-5');
    expect(complexity.explanation).toContain('rules.context.displayName is not set (needs == true)');
  });
});

describe('levels and superseded clauses', () => {
  const l1 = shipped.get('owasp-asvs-5-l1')!;

  it('treats clauses above the checked level as not-applicable', () => {
    const atL1 = checkConformance(l1, standard('owasp-asvs'), { standards, level: 'L1' });
    expect(clause(atL1, 'A5-6.2.11').outcome).toBe('not-applicable');
    expect(atL1.level).toBe('L1');
    const everything = checkConformance(l1, standard('owasp-asvs'), { standards });
    expect(clause(everything, 'A5-6.2.11')).toMatchObject({ outcome: 'fails', field: 'rules.blocklist.terms' });
  });

  it('reports superseded 4.0.3 clauses as not-applicable with what the policy would get', () => {
    const report = checkConformance(l1, standard('owasp-asvs'), { standards, level: 'L1' });
    expect(clause(report, 'A4-2.1.1')).toMatchObject({ outcome: 'not-applicable', field: 'rules.length.min', value: 8 });
    expect(clause(report, 'A4-2.1.1').explanation).toContain('the policy would not meet it: rules.length.min is 8');
  });
});

describe('exchange-org, our policy', () => {
  const ours = shipped.get('exchange-org')!;

  it('inherits the NIST baseline through extends and meets NIST without a failure', () => {
    const report = checkConformance(ours, standard('nist-800-63b-4'), { standards });
    expect(report.summary.fails).toBe(0);
    expect(report.summary.conflicts).toBe(0);
    expect(clause(report, 'N4-3.1.1.2-1b')).toMatchObject({ outcome: 'meets', field: 'rules.length.min', value: 15 });
  });

  it('shows the known conflicts with PCI DSS and Entra instead of hiding them', () => {
    const pci = checkConformance(ours, standard('pci-dss-4'), { standards });
    expect(clause(pci, 'PCI-8.3.6')).toMatchObject({ outcome: 'conflicts', conflictsWith: { clauseId: 'N4-3.1.1.2-5' } });
    expect(clause(pci, 'PCI-8.3.9')).toMatchObject({ outcome: 'not-applicable', field: 'lifecycle.mfaRequired', value: true });
    const entra = checkConformance(ours, standard('microsoft-entra'), { standards });
    expect(clause(entra, 'EN-temp-password')).toMatchObject({ outcome: 'conflicts', field: 'lifecycle.temporaryPasswordLifetimeHours', value: 24, conflictsWith: { clauseId: 'A5-6.4.1' } });
    expect(clause(entra, 'EN-classes')).toMatchObject({ outcome: 'conflicts', conflictsWith: { clauseId: 'N4-3.1.1.2-5' } });
  });
});
