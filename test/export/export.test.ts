import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredSettings, ENTRA_MAX_TERMS, EXPORT_TARGETS, exportPolicy, PASSWORD_RULE_SETTINGS_TEMPLATE, type PolicyDocument } from '@stepwise/policy';
import { loadShippedPolicies } from '../helpers/shippedPolicies';

const policies = loadShippedPolicies();
const GOLDEN = join(import.meta.dirname, 'golden');
const UPDATE = process.env.STEPWISE_UPDATE_GOLDEN === '1';

describe('every shipped policy exports to every target', () => {
  for (const policy of policies) {
    for (const target of EXPORT_TARGETS) {
      it(`${policy.id} -> ${target}: a fidelity entry for every declared setting, and the golden files`, () => {
        const exported = exportPolicy(policy, target);
        expect(exported.fidelity.map((e) => e.setting)).toEqual(declaredSettings(policy));
        for (const e of exported.fidelity) {
          expect(['exact', 'approximate', 'not-enforceable']).toContain(e.fidelity);
          expect(e.detail.length).toBeGreaterThan(0);
          if (e.exactForAscii) expect(e.fidelity).toBe('approximate');
        }
        for (const file of exported.files) {
          const path = join(GOLDEN, policy.id, target, file.name);
          if (UPDATE) {
            mkdirSync(join(GOLDEN, policy.id, target), { recursive: true });
            writeFileSync(path, file.content);
          }
          expect(existsSync(path), `${path} is missing (STEPWISE_UPDATE_GOLDEN=1 writes it)`).toBe(true);
          expect(file.content, `${path} (STEPWISE_UPDATE_GOLDEN=1 rewrites it)`).toBe(readFileSync(path, 'utf8'));
        }
      });
    }
  }
});

describe('the files follow the vendors\' documented formats', () => {
  // pwquality.conf(5): "name = value" lines, "#" comments, flags alone.
  const PWQ_NAMES = new Set(['difok', 'minlen', 'dcredit', 'ucredit', 'lcredit', 'ocredit', 'minclass', 'maxrepeat', 'maxsequence', 'maxclassrepeat', 'gecoscheck', 'dictcheck', 'usercheck', 'usersubstr', 'enforcing', 'badwords', 'dictpath', 'retry', 'enforce_for_root', 'local_users_only']);
  // Set-ADDefaultDomainPasswordPolicy / New-ADFineGrainedPasswordPolicy parameters (Microsoft Learn).
  const AD_PARAMETERS = new Set(['Identity', 'Name', 'Precedence', 'ComplexityEnabled', 'LockoutDuration', 'LockoutObservationWindow', 'LockoutThreshold', 'MaxPasswordAge', 'MinPasswordAge', 'MinPasswordLength', 'PasswordHistoryCount', 'ReversibleEncryptionEnabled', 'Subjects']);
  // secedit [System Access] keys for password and lockout policy.
  const INF_KEYS = new Set(['MinimumPasswordAge', 'MaximumPasswordAge', 'MinimumPasswordLength', 'PasswordComplexity', 'PasswordHistorySize', 'LockoutBadCount', 'ResetLockoutCount', 'LockoutDuration', 'ClearTextPassword']);
  const KEYCLOAK = new Set(['length', 'maxLength', 'digits', 'lowerCase', 'upperCase', 'specialChars', 'notUsername', 'notEmail', 'passwordHistory', 'forceExpiredPasswordChange', 'regexPattern', 'passwordBlacklist']);
  const ENTRA_VALUES = ['BannedPasswordCheckOnPremisesMode', 'EnableBannedPasswordCheckOnPremises', 'EnableBannedPasswordCheck', 'LockoutDurationInSeconds', 'LockoutThreshold', 'BannedPasswordList'];

  for (const policy of policies) {
    it(`${policy.id}`, () => {
      const conf = exportPolicy(policy, 'pwquality').files[0]!.content;
      for (const line of conf.split('\n').filter((l) => l !== '' && !l.startsWith('#'))) {
        const match = /^([a-z_]+)(?: = (\S.*))?$/.exec(line);
        expect(match, line).not.toBeNull();
        expect(PWQ_NAMES.has(match![1]!), line).toBe(true);
      }
      for (const target of ['ad-default-domain', 'ad-fine-grained'] as const) {
        const script = exportPolicy(policy, target).files[0]!.content;
        for (const parameter of script.matchAll(/ -([A-Za-z]+)/g)) expect(AD_PARAMETERS.has(parameter[1]!), parameter[1]).toBe(true);
        expect(script).not.toMatch(/-(Min|Max)PasswordAge \d+(?![.\d:])/);
      }
      const inf = exportPolicy(policy, 'ad-default-domain').files[1]!.content;
      expect(inf.startsWith('[Unicode]\r\nUnicode=yes\r\n[System Access]\r\n')).toBe(true);
      const access = inf.split('[System Access]\r\n')[1]!.split('\r\n[')[0]!.split('\r\n');
      for (const line of access) expect(INF_KEYS.has(line.split(' = ')[0]!), line).toBe(true);

      const body = JSON.parse(exportPolicy(policy, 'entra').files[0]!.content) as { templateId: string; values: { name: string; value: unknown }[] };
      expect(body.templateId).toBe(PASSWORD_RULE_SETTINGS_TEMPLATE);
      for (const v of body.values) {
        expect(ENTRA_VALUES).toContain(v.name);
        expect(typeof v.value).toBe('string');
      }
      const list = body.values.find((v) => v.name === 'BannedPasswordList')!.value as string;
      const terms = list === '' ? [] : list.split('\t');
      expect(terms.length).toBeLessThanOrEqual(ENTRA_MAX_TERMS);
      for (const t of terms) expect(t.length >= 4 && t.length <= 16, t).toBe(true);

      const keycloak = exportPolicy(policy, 'keycloak').files[0]!.content.trim();
      if (keycloak !== '') for (const part of keycloak.split(' and ')) expect(KEYCLOAK.has(/^([A-Za-z]+)\(.*\)$/.exec(part)?.[1] ?? ''), part).toBe(true);
    });
  }
});

describe('limits the fidelity report states', () => {
  const base: PolicyDocument = { id: 'limits', title: 'Limits', version: '1.0.0', summary: 'Limits.', rules: { length: { min: 15 }, blocklist: { terms: ['abc', 'contoso', 'a-term-longer-than-sixteen'] } } };

  it('AD default domain: at most 14 without the relax setting, 15 with it; fine-grained: 15', () => {
    expect(exportPolicy(base, 'ad-default-domain').settings.MinPasswordLength).toBe(14);
    expect(exportPolicy(base, 'ad-default-domain').fidelity[0]).toMatchObject({ setting: 'rules.length.min', fidelity: 'approximate' });
    expect(exportPolicy(base, 'ad-default-domain', { relaxMinimumLength: true }).settings.MinPasswordLength).toBe(15);
    expect(exportPolicy(base, 'ad-fine-grained').settings.MinPasswordLength).toBe(15);
  });

  it('Entra: cannot require more than 8 characters, drops terms outside 4 to 16 characters, and says complexity applies on top', () => {
    const entra = exportPolicy(base, 'entra');
    expect(entra.fidelity.find((e) => e.setting === 'rules.length.min')?.fidelity).toBe('not-enforceable');
    expect(entra.settings.BannedPasswordList).toEqual(['contoso']);
    expect(entra.fidelity.find((e) => e.setting === 'rules.blocklist.terms')?.detail).toMatch(/2 terms outside Entra's limits/);
    expect(entra.platformNotes.join(' ')).toMatch(/all-lowercase passphrase/);
  });

  it('Entra: at most 1,000 terms', () => {
    const many = { ...base, rules: { blocklist: { match: 'entra' as const, terms: Array.from({ length: 1200 }, (_, i) => `term${String(i).padStart(4, '0')}`) } } };
    expect((exportPolicy(many, 'entra').settings.BannedPasswordList as string[]).length).toBe(1000);
  });

  it('pwquality has no strength estimator and no maximum length', () => {
    const p = { ...base, rules: { length: { min: 8, max: 64 }, strength: { minScore: 3 as const } } };
    const report = exportPolicy(p, 'pwquality').fidelity;
    expect(report.find((e) => e.setting === 'rules.strength.minScore')).toMatchObject({ fidelity: 'not-enforceable', detail: 'pwquality has no strength estimator.' });
    expect(report.find((e) => e.setting === 'rules.length.max')?.fidelity).toBe('not-enforceable');
  });
});
