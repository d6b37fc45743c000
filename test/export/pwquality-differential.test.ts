import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluatePassword, exportPolicy, loadPolicy, PWQUALITY_NEUTRAL, renderPwqualityConf, settingValue, type FidelityEntry, type NativeSettings, type EvaluablePolicy, type PolicyDocument } from '@stepwise/policy';
import { loadShippedPolicies } from '../helpers/shippedPolicies';
import { asciiCorpus } from './passwordCorpus';
import { checkWithLibpwquality, ensureLibpwquality } from './pwqualityReal';

const available = ensureLibpwquality();
const work = mkdtempSync(join(tmpdir(), 'stepwise-pwq-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const fixture = (name: string): PolicyDocument => {
  const loaded = loadPolicy(readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8'), name);
  if (!loaded.policy) throw new Error(`${name}: ${JSON.stringify(loaded.diagnostics)}`);
  return loaded.policy;
};
const policies = [...loadShippedPolicies(), fixture('ascii-strict.yaml'), fixture('pwq-minimums.yaml')];

/** Fidelity entries the differential must hold for, on an ASCII corpus: exact, or exact for ASCII. */
const exactOnAscii = (entries: readonly FidelityEntry[]) => entries.filter((e) => e.fidelity === 'exact' || e.exactForAscii === true);

/** A policy holding only the given settings of `policy` (and its class scheme and normalization). */
function onlySettings(policy: PolicyDocument, paths: readonly string[]): EvaluablePolicy {
  const rules: Record<string, Record<string, unknown>> = {};
  for (const path of paths) {
    const [, rule, field, sub] = path.split('.');
    if (path.startsWith('lifecycle.') || rule === 'patterns' || !rule || !field) continue;
    rules[rule] ??= {};
    if (sub) ((rules[rule]![field] ??= {}) as Record<string, unknown>)[sub] = settingValue(policy, path);
    else rules[rule]![field] = settingValue(policy, path);
  }
  if (rules.composition && policy.rules?.composition?.classes) rules.composition.classes = policy.rules.composition.classes;
  return { id: policy.id, title: policy.title, version: policy.version, summary: policy.summary, ...(policy.normalization ? { normalization: policy.normalization } : {}), rules };
}

describe.skipIf(!available.ok)(`the exported pwquality.conf, judged by the real libpwquality${available.ok ? '' : ` (skipped: ${(available as { reason: string }).reason})`}`, () => {
  const corpus = asciiCorpus();

  it('has a corpus that reaches both verdicts', () => {
    expect(corpus.length).toBeGreaterThan(300);
  });

  for (const policy of policies) {
    it(`${policy.id}: libpwquality and Stepwise agree on every password for the settings called exact`, () => {
      const exported = exportPolicy(policy, 'pwquality');
      const exact = exactOnAscii(exported.fidelity);
      const natives = new Set(exact.flatMap((e) => e.native ?? []));
      // A native that also carries a setting the report does not call exact (length.min names
      // every credit, which must be at most 0; ocredit = -2 is minimum.symbol's, approximate
      // under AD classes) keeps its neutral value, which the exact setting accepts.
      const inexact = new Set(exported.fidelity.filter((e) => !exact.includes(e)).flatMap((e) => e.native ?? []));
      // The pwquality.conf holds the exact settings only; every other check is switched off, so
      // a refusal can only come from a setting the report calls exact.
      const settings: NativeSettings = { ...PWQUALITY_NEUTRAL };
      for (const name of natives) if (!inexact.has(name)) settings[name] = exported.settings[name]!;
      const path = join(work, `${policy.id}.conf`);
      writeFileSync(path, renderPwqualityConf(policy.id, settings));

      const reduced = onlySettings(policy, exact.map((e) => e.setting));
      const real = checkWithLibpwquality(path, corpus);
      const disagreements = corpus
        .map((password, i) => ({ index: i, stepwise: evaluatePassword(password, reduced).ok, pwquality: real[i]!.ok, why: real[i]!.message }))
        .filter((r) => r.stepwise !== r.pwquality)
        .map((r) => ({ corpusIndex: r.index, stepwise: r.stepwise, pwquality: r.pwquality, pwqualityMessage: r.why }));
      expect(disagreements).toEqual([]);
      if (natives.size > 0) {
        // The comparison must decide something: some passwords are refused, some accepted.
        expect(real.some((v) => !v.ok)).toBe(true);
        expect(real.some((v) => v.ok)).toBe(true);
      }
    });
  }

  it('the full export (approximate settings included) is read by libpwquality without complaint', () => {
    for (const policy of policies) {
      const path = join(work, `${policy.id}-full.conf`);
      writeFileSync(path, exportPolicy(policy, 'pwquality').files[0]!.content);
      expect(() => checkWithLibpwquality(path, ['Xq7#pLm2vRt9-harbor'])).not.toThrow();
    }
  });
});

describe.skipIf(!available.ok)('the report is honest about non-ASCII passwords', () => {
  it('"exact for ASCII" length really differs beyond ASCII: libpwquality counts bytes', () => {
    const policy = fixture('pwq-minimums.yaml');
    const exported = exportPolicy(policy, 'pwquality');
    expect(exported.fidelity.find((e) => e.setting === 'rules.length.min')).toMatchObject({ fidelity: 'approximate', exactForAscii: true });
    const settings: NativeSettings = { ...PWQUALITY_NEUTRAL, minlen: exported.settings.minlen! };
    const path = join(work, 'bytes.conf');
    writeFileSync(path, renderPwqualityConf(policy.id, settings));
    // 6 characters, 9 bytes of UTF-8: short for Stepwise (8 needed), long enough for libpwquality.
    const [verdict] = checkWithLibpwquality(path, ['éèàxyz']);
    expect(verdict!.ok).toBe(true);
    expect(evaluatePassword('éèàxyz', onlySettings(policy, ['rules.length.min'])).ok).toBe(false);
  });
});

describe.skipIf(!available.ok)('the report is honest about the space under AD classes', () => {
  it('"approximate" minclass and ocredit under AD classes really differ on ASCII: libpwquality counts the space as "others"', () => {
    const policy = fixture('pwq-minimums.yaml');
    const exported = exportPolicy(policy, 'pwquality');
    for (const setting of ['rules.composition.minClasses', 'rules.composition.minimum.symbol']) {
      const found = exported.fidelity.find((e) => e.setting === setting);
      expect(found).toMatchObject({ fidelity: 'approximate' });
      expect(found?.exactForAscii).toBeUndefined();
      expect(found?.detail).toContain('space');
    }
    // Lower and digit minimums count the same ASCII characters on both sides.
    expect(exported.fidelity.find((e) => e.setting === 'rules.composition.minimum.lower')).toMatchObject({ fidelity: 'approximate', exactForAscii: true });
    const settings: NativeSettings = { ...PWQUALITY_NEUTRAL, minclass: exported.settings.minclass!, ocredit: exported.settings.ocredit! };
    const path = join(work, 'space.conf');
    writeFileSync(path, renderPwqualityConf(policy.id, settings));
    // Three spaces are 3 "others" for pwquality (a 4th class, and ocredit's 2), and no AD category
    // at all (Microsoft's list has no space); "!" and "?" count on both sides.
    const [spaces, symbols] = checkWithLibpwquality(path, ['Correct Horse 1 x', 'Correct!Horse?1x']);
    expect(spaces!.ok).toBe(true);
    expect(symbols!.ok).toBe(true);
    const reduced = onlySettings(policy, ['rules.composition.minClasses', 'rules.composition.minimum.symbol']);
    expect(evaluatePassword('Correct Horse 1 x', reduced).ok).toBe(false);
    expect(evaluatePassword('Correct!Horse?1x', reduced).ok).toBe(true);
  });

  it('under the ascii scheme (Entra) the same settings stay exact for ASCII: the space is a symbol there', () => {
    const policy = fixture('ascii-strict.yaml');
    const ad: PolicyDocument = { ...policy, rules: { ...policy.rules, composition: { ...policy.rules!.composition!, classes: 'ad' } } };
    expect(exportPolicy(policy, 'pwquality').fidelity.find((e) => e.setting === 'rules.composition.minClasses')).toMatchObject({ fidelity: 'approximate', exactForAscii: true });
    expect(exportPolicy(ad, 'pwquality').fidelity.find((e) => e.setting === 'rules.composition.minClasses')?.exactForAscii).toBeUndefined();
  });
});
