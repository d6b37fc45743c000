import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { describe, expect, it } from 'vitest';
import { loadSiteContent, readDriftReports, validateOptions } from '@stepwise/docusaurus-plugin';

const root = join(import.meta.dirname, '../..');
const files = ['policy', 'policy/standards', 'runbooks'].flatMap((folder) =>
  readdirSync(join(root, folder)).filter((f) => f.endsWith('.yaml')).map((f) => ({ path: `${folder}/${f}`, text: readFileSync(join(root, folder, f), 'utf8') })),
);
const routes = { runbooks: 'runbooks', policies: 'policies', standards: 'standards', audit: 'audit', checker: 'checker' };

describe('the site shows where each policy can be enforced and the committed drift reports', () => {
  const result = loadSiteContent({ files, revisions: new Map(), editUrl: '', routes });
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  const page = (id: string) => result.content.policies.find(({ page }) => page.policy.id === id)!.page;

  it('every policy page has the fidelity of every export target', () => {
    for (const { page: p } of result.content.policies) {
      expect(p.enforcement!.targets.map((t) => t.target)).toEqual(['ad-default-domain', 'ad-fine-grained', 'entra', 'pwquality', 'keycloak']);
      for (const t of p.enforcement!.targets) expect(t.counts.exact + t.counts.approximate + t.counts.notEnforceable).toBe(t.entries.length);
    }
  });

  it('a policy that names its systems gets the setting-by-system table', () => {
    const systems = page('exchange-org').enforcement!.systems!;
    expect(systems.titles).toEqual(['AD fine-grained policy', 'Entra ID (cloud accounts)', 'Entra Password Protection DC agent']);
    expect(systems.rows.find((r) => r.setting === 'rules.strength.minScore')?.guidanceOnly).toBe(true);
    expect(page('nist-800-63b-4-single-factor').enforcement!.systems).toBeUndefined();
  });

  it('reads drift reports recursively, with a problem for each file that is not one', () => {
    const drift = readDriftReports(root, 'test/export/fixtures/enforcement', new Set(result.content.policies.map(({ page: p }) => p.policy.id)));
    expect(drift.reports.map((r) => [r.policyId, r.target, r.inSync, r.date.slice(0, 10)])).toEqual([
      ['exchange-org', 'keycloak', false, '2026-11-30'],
      ['exchange-org', 'pwquality', true, '2026-12-01'],
      ['no-such-policy', 'pwquality', true, '2026-12-01'],
    ]);
    expect(drift.reports[0]!.differences.map((d) => d.setting)).toContain('length');
    expect(drift.problems).toEqual([
      'test/export/fixtures/enforcement/broken.json: "target" must be one of ad-default-domain, ad-fine-grained, entra, pwquality, keycloak',
      'test/export/fixtures/enforcement/unknown-policy.json: names policy "no-such-policy", which the site does not have',
    ]);
    expect(readDriftReports(root, 'no/such/folder', new Set()).reports).toEqual([]);
  });

  it('the plugin option defaults to enforcement/', () => {
    // Validated with Joi as Docusaurus does (normalizePluginOptions from @docusaurus/utils-validation).
    const validate = (options: object) => validateOptions({ validate: normalizePluginOptions as never, options } as never);
    expect(validate({}).enforcement).toBe('enforcement');
    expect(() => validate({ enforcement: '' })).toThrow(/enforcement/);
  });
});
