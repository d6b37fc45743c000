import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPolicy, loadPolicy } from '@stepwise/policy';
import { runCli } from '../helpers/runCli';

const root = join(import.meta.dirname, '../..');
const out = mkdtempSync(join(tmpdir(), 'stepwise-export-cli-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('stepwise export, import and drift', () => {
  it('export writes the files the engine returns and prints the fidelity report', async () => {
    const result = await runCli(['export', 'exchange-org', '--target', 'ad-fine-grained', '--out', join(out, 'fgpp'), '--applies-to', 'Exchange Users', '--precedence', '5'], { cwd: root });
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Policy exchange-org on ad-fine-grained: where it can be enforced, and how faithfully\./);
    expect(result.stdout).toMatch(/not enforceable {2}rules\.blocklist\.terms/);
    const script = readFileSync(join(out, 'fgpp', 'New-ADFineGrainedPasswordPolicy.ps1'), 'utf8');
    expect(script).toContain("New-ADFineGrainedPasswordPolicy -Name 'Stepwise-exchange-org' -Precedence 5 ");
    expect(script).toContain("Add-ADFineGrainedPasswordPolicySubject -Identity 'Stepwise-exchange-org' -Subjects 'Exchange Users'");
  });

  it('export --format json holds the report and the files', async () => {
    const result = await runCli(['export', 'entra-default', '--target', 'entra', '--out', join(out, 'entra'), '--format', 'json'], { cwd: root });
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ target: 'entra', policyId: 'entra-default', files: [{ name: 'password-rule-settings.json' }, { name: 'custom-banned-passwords.txt' }] });
  });

  it('usage errors exit 2', async () => {
    expect((await runCli(['export', 'exchange-org', '--target', 'okta'], { cwd: root })).code).toBe(2);
    expect((await runCli(['export', 'exchange-org'], { cwd: root })).code).toBe(2);
    expect((await runCli(['import', '--from', 'pwquality', 'no/such/file.conf'], { cwd: root })).code).toBe(2);
    expect((await runCli(['drift', 'exchange-org', '--from', 'pwquality'], { cwd: root })).code).toBe(2);
  });

  it('import prints a policy that validates, and no-equivalent diagnostics with file:line:col', async () => {
    const result = await runCli(['import', '--from', 'pwquality', 'test/export/fixtures/native/pwquality.conf', '--id', 'linux-hosts'], { cwd: root });
    expect(result.code).toBe(0);
    expect(loadPolicy(result.stdout).policy).toMatchObject({ id: 'linux-hosts', rules: { length: { min: 12 } } });
    expect(result.stderr).toContain('test/export/fixtures/native/pwquality.conf:14:1: info import-no-equivalent: "retry" has no equivalent');
  });

  it('import reads a file PowerShell wrote as UTF-16 with a byte-order mark (Windows PowerShell 5.1 redirection)', async () => {
    const path = join(out, 'ad-utf16.json');
    const text = readFileSync(join(root, 'test/export/fixtures/native/ad-default-domain.json'), 'utf8');
    writeFileSync(path, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const result = await runCli(['import', '--from', 'ad-default-domain', path], { cwd: root });
    expect(result.code).toBe(0);
    expect(loadPolicy(result.stdout).policy).toMatchObject({ rules: { length: { min: 7 } }, lifecycle: { maxAgeDays: 42 } });
  });

  it('import --blacklist reads the Keycloak blacklist file\'s terms', async () => {
    const list = join(out, 'banned.txt');
    writeFileSync(list, 'Contoso\nfabrikam\n');
    const result = await runCli(['import', '--from', 'keycloak', 'test/export/fixtures/native/keycloak-policy.txt', '--blacklist', list], { cwd: root });
    expect(result.code).toBe(0);
    expect(loadPolicy(result.stdout).policy?.rules?.blocklist).toBeUndefined();
    const kc = join(out, 'kc.txt');
    writeFileSync(kc, 'length(12) and passwordBlacklist(banned.txt)\n');
    const withList = await runCli(['import', '--from', 'keycloak', kc, '--blacklist', list], { cwd: root });
    expect(loadPolicy(withList.stdout).policy?.rules?.blocklist).toEqual({ match: 'exact', common: false, terms: ['contoso', 'fabrikam'] });
  });

  it('import of a broken file exits 1 with the position', async () => {
    const result = await runCli(['import', '--from', 'ad-default-domain', 'test/export/fixtures/bad/truncated.json'], { cwd: root });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('test/export/fixtures/bad/truncated.json:3:25: error import-syntax');
  });

  it('drift exits 0 in sync and 1 on drift, and writes the JSON record', async () => {
    const conf = join(out, 'pwquality.conf');
    writeFileSync(conf, exportPolicy((loadPolicy(readFileSync(join(root, 'test/export/fixtures/ascii-strict.yaml'), 'utf8')).policy)!, 'pwquality').files[0]!.content);
    const same = await runCli(['drift', 'test/export/fixtures/ascii-strict.yaml', '--from', 'pwquality', conf], { cwd: root });
    expect(same.code).toBe(0);
    expect(same.stdout).toMatch(/^In sync: /m);
    writeFileSync(conf, readFileSync(conf, 'utf8').replace('minlen = 10', 'minlen = 8'));
    const record = join(out, 'drift.json');
    const drifted = await runCli(['drift', 'test/export/fixtures/ascii-strict.yaml', '--from', 'pwquality', conf, '--format', 'json', '--out', record], { cwd: root });
    expect(drifted.code).toBe(1);
    const json = JSON.parse(readFileSync(record, 'utf8'));
    expect(json).toMatchObject({ policyId: 'ascii-strict', target: 'pwquality', inSync: false });
    expect(Date.parse(json.date)).not.toBeNaN();
    const github = await runCli(['drift', 'test/export/fixtures/ascii-strict.yaml', '--from', 'pwquality', conf, '--format', 'github'], { cwd: root });
    expect(github.stdout).toMatch(/^::error file=.*title=stepwise drift pwquality::ascii-strict: minlen declared 10, enforced 8 \(drift\)$/m);
  });
});
