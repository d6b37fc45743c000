import { describe, expect, it } from 'vitest';
import { enforcementMatrix, platformRefusals, resolvePolicy } from '@stepwise/policy';
import { loadShippedPolicies } from '../helpers/shippedPolicies';
import { runCli } from '../helpers/runCli';

const policies = new Map(loadShippedPolicies().map((p) => [p.id, p]));
const exchange = policies.get('exchange-org')!;
const root = `${import.meta.dirname}/../..`;

describe('where each rule is enforced (issue 12)', () => {
  it('exchange-org names its systems, and every setting has a cell per system', () => {
    const matrix = enforcementMatrix(exchange);
    expect(matrix.systems).toEqual(['ad-fine-grained', 'entra-cloud', 'entra-dc-agent']);
    const row = (setting: string) => matrix.rows.find((r) => r.setting === setting)!;
    expect(row('rules.length.min').cells.map((c) => c.fidelity)).toEqual(['approximate', 'not-enforceable', 'not-enforceable']);
    expect(row('rules.blocklist.terms').cells.map((c) => c.fidelity)).toEqual(['not-enforceable', 'approximate', 'approximate']);
    expect(row('rules.strength.minScore').guidanceOnly).toBe(true);
    expect(row('lifecycle.mfaRequired').guidanceOnly).toBe(true);
    expect(row('lifecycle.history').guidanceOnly).toBe(false);
  });

  it('a password the policy accepts is still refused by Entra and by AD complexity: the all-lowercase passphrase', () => {
    const refusals = platformRefusals('quarry lantern velvet orbit', exchange);
    expect(refusals.map((r) => r.system)).toEqual(['ad-fine-grained', 'entra-cloud']);
    expect(refusals[0]!.condition).toMatch(/complexity requirements/);
    expect(refusals[1]!.reasons).toEqual(['Entra complexity: 2 of 4 character classes used, 3 needed (missing: uppercase letters, digits).']);
    expect(platformRefusals('Quarry lantern velvet orbit 7', exchange)).toEqual([]);
  });

  it('Entra refuses non-ASCII and more than 256 characters; pwquality refuses palindromes', () => {
    expect(platformRefusals('Ünïcödé-Pässwörd-42', exchange, {}, ['entra-cloud'])[0]!.reasons.join(' ')).toMatch(/outside printable ASCII/);
    expect(platformRefusals(`Aa1!${'x'.repeat(300)}`, exchange, {}, ['entra-cloud', 'ad-fine-grained']).map((r) => r.reasons[0])).toEqual(['Entra accepts at most 256 characters.', 'AD accepts at most 256 characters.']);
    expect(platformRefusals('Step on no pets', exchange, {}, ['pwquality'])[0]!.reasons).toEqual(['pwquality always refuses palindromes.']);
  });

  it('stepwise check says so, and still exits 0 (the policy accepts it)', async () => {
    const result = await runCli(['check', '--policy', 'exchange-org', '--password-stdin'], { cwd: root, stdin: 'quarry lantern velvet orbit\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('But the systems this policy is enforced by would still refuse it:');
    expect(result.stdout).toContain('  Entra ID (cloud accounts):\n    - Entra complexity: 2 of 4 character classes used');
    expect(result.stdout).not.toContain('quarry');
    const json = await runCli(['check', '--policy', 'exchange-org', '--password-stdin', '--json'], { cwd: root, stdin: 'quarry lantern velvet orbit\n' });
    expect(JSON.parse(json.stdout).platformRefusals.map((r: { system: string }) => r.system)).toEqual(['ad-fine-grained', 'entra-cloud']);
  });

  it('enforcement is not inherited through extends: where a policy is enforced is its own deployment', () => {
    const child = { id: 'exchange-child', title: 'Child', version: '1.0.0', summary: 'A child.', extends: 'exchange-org' };
    expect(resolvePolicy(child, (id) => policies.get(id)).policy!.enforcement).toBeUndefined();
    const own = resolvePolicy({ ...child, enforcement: { systems: ['pwquality' as const] } }, (id) => policies.get(id)).policy!;
    expect(own.enforcement).toEqual({ systems: ['pwquality'] });
  });

  it('a policy without enforcement systems adds nothing to check', async () => {
    const result = await runCli(['check', '--policy', 'nist-800-63b-4-single-factor', '--password-stdin'], { cwd: root, stdin: 'quarry lantern velvet orbit\n' });
    expect(result.stdout).not.toContain('would still refuse');
  });
});
