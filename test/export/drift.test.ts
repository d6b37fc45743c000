import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DRIFT_FORMATTERS, driftPolicy, EXPORT_TARGETS, exportPolicy } from '@stepwise/policy';
import { loadShippedPolicies } from '../helpers/shippedPolicies';
import { adPolicyJson } from './adPolicyJson';

const policies = new Map(loadShippedPolicies().map((p) => [p.id, p]));
const exchange = policies.get('exchange-org')!;
const FIXTURES = join(import.meta.dirname, 'fixtures');

describe('drift compares declared and enforced settings one by one', () => {
  for (const target of EXPORT_TARGETS) {
    it(`${target}: the policy's own export is in sync`, () => {
      const exported = exportPolicy(exchange, target);
      const native = target.startsWith('ad-') ? adPolicyJson(exported.settings) : exported.files[0]!.content;
      const report = driftPolicy(exchange, target, native, 'enforced');
      expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(report.entries.filter((e) => e.verdict === 'drift' || e.verdict === 'missing')).toEqual([]);
      expect(report.inSync).toBe(true);
    });
  }

  it('pwquality: a host with another minlen drifts; a left-out line is read as libpwquality\'s default', () => {
    const exported = exportPolicy(exchange, 'pwquality').files[0]!.content;
    const host = exported.replace('minlen = 15', 'minlen = 12').replace(/^dictcheck = 1\n/m, '').replace(/^maxrepeat = 0\n/m, '');
    const report = driftPolicy(exchange, 'pwquality', host, 'pwquality.conf');
    expect(report.inSync).toBe(false);
    // dictcheck left out is 1, as declared (the policy has a blocklist); maxrepeat left out is 0, as declared.
    expect(report.entries.filter((e) => e.verdict !== 'match')).toEqual([{ setting: 'minlen', declared: 15, enforced: 12, verdict: 'drift' }]);
  });

  it('AD default domain: the real Get-ADDefaultDomainPasswordPolicy output of a new domain drifts from ad-default only where it differs', () => {
    const report = driftPolicy(policies.get('ad-default')!, 'ad-default-domain', readFileSync(join(FIXTURES, 'native/ad-default-domain.json'), 'utf8'), 'ad.json');
    expect(report.entries.filter((e) => e.verdict !== 'match')).toEqual([
      { setting: 'LockoutDuration', enforced: 30, verdict: 'undeclared' },
      { setting: 'LockoutObservationWindow', enforced: 30, verdict: 'undeclared' },
    ]);
    expect(report.inSync).toBe(true);
  });

  it('Entra: terms compare as sets, case-insensitively; another threshold drifts', () => {
    const body = JSON.parse(exportPolicy(exchange, 'entra').files[0]!.content) as { values: { name: string; value: string }[] };
    for (const v of body.values) {
      if (v.name === 'BannedPasswordList') v.value = v.value.split('\t').reverse().map((t) => t.toUpperCase()).join('\t');
      if (v.name === 'LockoutThreshold') v.value = '5';
    }
    const report = driftPolicy(exchange, 'entra', JSON.stringify(body), 'entra.json');
    expect(report.entries.filter((e) => e.verdict !== 'match').map((e) => [e.setting, e.verdict])).toEqual([['LockoutThreshold', 'drift']]);
  });

  it('an unreadable file is not "in sync"', () => {
    const report = driftPolicy(exchange, 'keycloak', 'length(15', 'kc.txt');
    expect(report.inSync).toBe(false);
    expect(report.diagnostics[0]).toMatchObject({ code: 'import-syntax', range: { start: { line: 1, column: 7 } } });
  });

  it('formats: text names every setting with its verdict; json is the record the site reads', () => {
    const host = exportPolicy(exchange, 'keycloak').files[0]!.content.replace('length(15)', 'length(12)');
    const report = driftPolicy(exchange, 'keycloak', host, 'kc.txt');
    const text = DRIFT_FORMATTERS.text(report, '2026-12-02T06:00:00Z');
    expect(text).toMatch(/^length +15 +12 +drift$/m);
    expect(text.trim().split('\n').at(-1)).toBe('Drift: 5 match, 1 drift, 0 missing, 0 undeclared.');
    const record = JSON.parse(DRIFT_FORMATTERS.json(report, '2026-12-02T06:00:00Z'));
    expect(record).toMatchObject({ policyId: 'exchange-org', target: 'keycloak', date: '2026-12-02T06:00:00Z', inSync: false, summary: { drift: 1 } });
    expect(record.diagnostics).toBeUndefined();
  });
});
