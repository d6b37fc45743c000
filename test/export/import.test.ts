import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPolicy, loadPolicy, type ExportTarget } from '@stepwise/policy';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const brief = (d: { range: { start: { line: number; column: number } }; severity: string; code: string }) => `${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}`;

describe('stepwise import reads each target\'s own output into a policy that validates', () => {
  const cases: [ExportTarget, string, object, string[]][] = [
    ['ad-default-domain', 'native/ad-default-domain.json', { rules: { length: { min: 7, max: 256 }, composition: { classes: 'ad', minClasses: 3 }, context: { accountName: true, displayName: true } }, lifecycle: { maxAgeDays: 42, minAgeDays: 1, history: 24, lockout: { threshold: 0, durationMinutes: 30, resetAfterMinutes: 30 }, reversibleEncryption: false } }, []],
    ['ad-fine-grained', 'native/ad-fine-grained.json', { rules: { length: { min: 15, max: 256 } }, lifecycle: { maxAgeDays: 0, minAgeDays: 0, history: 24, lockout: { threshold: 10, durationMinutes: 30, resetAfterMinutes: 30 } } }, ['2:5 info import-no-equivalent', '13:5 info import-no-equivalent', '17:5 info import-no-equivalent']],
    ['pwquality', 'native/pwquality.conf', { rules: { length: { min: 12 }, composition: { classes: 'ad', minClasses: 3, minimum: { digit: 1 } }, repetition: { maxRepeat: 3 }, context: { accountName: true }, blocklist: { match: 'exact', common: true, terms: ['contoso', 'fabrikam'] } } }, ['14:1 info import-no-equivalent', '15:1 info import-no-equivalent']],
    ['keycloak', 'native/keycloak-policy.txt', { rules: { length: { min: 12 }, composition: { classes: 'ad', minimum: { digit: 1, upper: 1 } }, context: { accountName: true } }, lifecycle: { history: 5, maxAgeDays: 90 } }, ['1:132 info import-no-equivalent']],
    ['entra', 'native/entra-settings.json', { rules: { length: { min: 8, max: 256 }, blocklist: { match: 'entra', common: true, minScore: 5, terms: ['contoso', 'fabrikam', 'northwind'] } }, lifecycle: { history: 1, lockout: { threshold: 10, durationMinutes: 1 } } }, ['9:19 info import-no-equivalent', '10:19 info import-no-equivalent']],
  ];
  for (const [target, file, expected, diagnostics] of cases) {
    it(`${target}: ${file}`, () => {
      const imported = importPolicy(target, read(file), file);
      expect(imported.diagnostics.map(brief)).toEqual(diagnostics);
      expect(imported.document).toMatchObject(expected);
      const reloaded = loadPolicy(imported.yaml!, 'imported.yaml');
      expect(reloaded.diagnostics).toEqual([]);
      expect(reloaded.document).toEqual(imported.document);
    });
  }
});

describe('bad input gives diagnostics with line and column, never a crash', () => {
  const cases: [ExportTarget, string, string[]][] = [
    ['pwquality', 'bad/unknown-key.conf', ['2:1 warning import-unknown-setting']],
    ['pwquality', 'bad/wrong-type.conf', ['1:10 error import-wrong-type']],
    ['ad-default-domain', 'bad/wrong-type.json', ['2:24 error import-wrong-type', '4:3 warning import-unknown-setting']],
    ['ad-default-domain', 'bad/truncated.json', ['3:25 error import-syntax']],
    ['keycloak', 'bad/truncated-keycloak.txt', ['1:42 error import-syntax']],
    ['keycloak', 'bad/wrong-keycloak.txt', ['1:8 error import-wrong-type', '1:20 warning import-unknown-setting']],
    ['entra', 'bad/wrong-entra.json', ['4:44 error import-wrong-type', '5:15 warning import-unknown-setting']],
  ];
  for (const [target, file, diagnostics] of cases) {
    it(`${target}: ${file}`, () => {
      const imported = importPolicy(target, read(file), file);
      expect(imported.diagnostics.map(brief)).toEqual(diagnostics);
      for (const d of imported.diagnostics) expect(d.file).toBe(file);
      if (diagnostics.some((d) => d.includes('error'))) expect(imported.document).toBeUndefined();
    });
  }

  it('names of Object.prototype are unknown settings, not settings', () => {
    expect(importPolicy('keycloak', 'constructor(1) and toString(2)', 'kc.txt').diagnostics.map(brief)).toEqual(['1:1 warning import-unknown-setting', '1:20 warning import-unknown-setting']);
    expect(importPolicy('ad-default-domain', '{ "constructor": 1, "MinPasswordLength": 8 }', 'ad.json').diagnostics.map(brief)).toEqual(['1:3 warning import-unknown-setting']);
    expect(importPolicy('entra', '{ "values": [{ "name": "hasOwnProperty", "value": "1" }] }', 'e.json').diagnostics.map(brief)).toEqual(['1:24 warning import-unknown-setting']);
  });

  it('every target survives every truncation of its fixture and arbitrary bytes', () => {
    const natives: [ExportTarget, string][] = [['ad-default-domain', 'native/ad-default-domain.json'], ['ad-fine-grained', 'native/ad-fine-grained.json'], ['pwquality', 'native/pwquality.conf'], ['keycloak', 'native/keycloak-policy.txt'], ['entra', 'native/entra-settings.json']];
    for (const [target, file] of natives) {
      const text = read(file);
      for (let cut = 0; cut < text.length; cut += 7) {
        const imported = importPolicy(target, text.slice(0, cut), file);
        for (const d of imported.diagnostics) expect(d.range.start.line).toBeGreaterThanOrEqual(1);
        if (imported.yaml) expect(loadPolicy(imported.yaml).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      }
      for (const junk of ['\u0000\u0001binary', '[[[', '{"a":', 'minlen = = =', '((((', '"just a string"', '42', 'null']) expect(() => importPolicy(target, junk, file)).not.toThrow();
    }
  });
});
