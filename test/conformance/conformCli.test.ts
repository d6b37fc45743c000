import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main, type CliIO } from '@stepwise/cli';
import { ROOT } from './loadShipped';

async function conform(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk.toString()));
  stderr.on('data', (chunk: Buffer) => err.push(chunk.toString()));
  const io: CliIO = { cwd: ROOT, env: {}, stdin: new PassThrough(), stdout, stderr };
  const code = await main(['conform', ...args], io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('stepwise conform', () => {
  it('prints one line per clause with outcome and explanation, exit 0 without failures', async () => {
    const { code, stdout } = await conform('exchange-org', '--standard', 'pci-dss-4');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^exchange-org against pci-dss-4: PCI DSS v4\.0\.1/);
    expect(stdout).toMatch(/\n {2}conflicts {7}PCI-8\.3\.6 {2}REQUIRED {5}rules\.composition\.minimum\.digit is not set \(needs >= 1\)/);
    expect(stdout).toContain('\n  not-applicable  PCI-8.3.9  REQUIRED     Does not apply: lifecycle.mfaRequired is true');
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('1 standard checked: 3 meets, 0 fails, 1 conflicts, 1 not-applicable, 1 manual.');
  });

  it('exits 1 when a clause fails, for a policy given as a file', async () => {
    const { code, stdout } = await conform('test/fixtures/standards/policies/mixed.yaml', '--standard', 'nist-800-63b-4');
    expect(code).toBe(1);
    expect(stdout).toContain('  fails           N4-3.1.1.2-1a  SHALL        rules.length.min is 10 (needs >= 15).');
  });

  it('checks every standard by default, baselines at the level they emulate', async () => {
    const { code, stdout } = await conform('owasp-asvs-5-l1', '--format', 'json');
    const parsed = JSON.parse(stdout) as { policyId: string; reports: { standardId: string; level?: string; summary: Record<string, number> }[]; summary: Record<string, number> };
    expect(parsed.policyId).toBe('owasp-asvs-5-l1');
    expect(parsed.reports.map((r) => r.standardId)).toEqual(['cis', 'entra-password-protection', 'libpwquality', 'microsoft-ad', 'microsoft-entra', 'nist-800-63b-4', 'owasp-asvs', 'pci-dss-4']);
    const asvs = parsed.reports.find((r) => r.standardId === 'owasp-asvs')!;
    expect(asvs.level).toBe('L1');
    expect(asvs.summary.fails).toBe(0);
    // An 8-character ASVS L1 baseline does not meet NIST single-factor: exit 1.
    expect(code).toBe(1);
  });

  it('honours --level', async () => {
    const { code, stdout } = await conform('owasp-asvs-5-l1', '--standard', 'owasp-asvs', '--level', 'L2', '--format', 'json');
    expect(code).toBe(1);
    const report = (JSON.parse(stdout) as { reports: { level: string; clauses: { clauseId: string; outcome: string; field?: string }[] }[] }).reports[0]!;
    expect(report.level).toBe('L2');
    expect(report.clauses.find((c) => c.clauseId === 'A5-6.2.11')).toMatchObject({ outcome: 'fails', field: 'rules.blocklist.terms' });
  });

  it('refuses usage mistakes with exit 2 and a suggestion', async () => {
    expect((await conform()).code).toBe(2);
    const unknownStandard = await conform('exchange-org', '--standard', 'nist');
    expect(unknownStandard.code).toBe(2);
    expect(unknownStandard.stderr).toContain('no standard "nist". Did you mean "nist-800-63b-4"?');
    const unknownPolicy = await conform('exchange-orgg');
    expect(unknownPolicy.code).toBe(2);
    expect(unknownPolicy.stderr).toContain('no policy "exchange-orgg" in policy/. Did you mean "exchange-org"?');
    expect((await conform('exchange-org', '--format', 'xml')).code).toBe(2);
    expect((await conform('exchange-org', '--standard', 'cis', '--level', 'L9')).code).toBe(2);
    expect((await conform('a', 'b')).code).toBe(2);
  });

  it('reports an invalid policy file with its diagnostics and exit 1', async () => {
    const { code, stderr } = await conform('test/fixtures/standards/invalid-policy/bad-length.yaml');
    expect(code).toBe(1);
    expect(stderr).toMatch(/^test\/fixtures\/standards\/invalid-policy\/bad-length\.yaml:7:10: error schema-type: /);
    expect(stderr).toContain('stepwise conform: "test/fixtures/standards/invalid-policy/bad-length.yaml" could not be loaded.');
  });
});
