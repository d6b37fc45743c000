/**
 * The compiled dictionaries (packages/policy/src/estimator/dictionaries.js, issue 3): the file
 * is what scripts/compileDictionaries.mjs makes from the installed zxcvbn-ts packages, the
 * default estimator over it scores exactly as the estimator over the raw lists did (fixture
 * captured before the change), and the common-password list and diceware list are the packages'
 * own, entry for entry.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEstimator, generatePassword, loadCommonPasswords, loadDefaultEstimator, loadPolicy, type AdjacencyGraph, type CommonPasswordList, type PasswordEstimator, type StrengthEstimate } from '@stepwise/policy';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const compiler = `${repo}packages/policy/scripts/compileDictionaries.mjs`;

interface Baseline {
  estimates: { password: string; userInputs: string[]; expected: StrengthEstimate }[];
  common: { size: number; ranks: Record<string, number | null>; top1000: string[] };
}
const baseline = JSON.parse(readFileSync(new URL('fixtures/estimatorBaseline.json', import.meta.url), 'utf8')) as Baseline;

let estimator: PasswordEstimator;
let common: CommonPasswordList;
beforeAll(async () => {
  [estimator, common] = await Promise.all([loadDefaultEstimator(), loadCommonPasswords()]);
});

describe('the compiled dictionaries', () => {
  it('are exactly what the compiler makes from the installed zxcvbn-ts packages (no drift)', () => {
    const check = spawnSync(process.execPath, [compiler, '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('the drift check fails on a stale file', () => {
    const stale = join(mkdtempSync(join(tmpdir(), 'stepwise-dictionaries-')), 'dictionaries.js');
    writeFileSync(stale, readFileSync(`${repo}packages/policy/src/estimator/dictionaries.js`, 'utf8').replace('"diceware":"', '"diceware":"x'));
    const check = spawnSync(process.execPath, [compiler, '--check'], { encoding: 'utf8', env: { ...process.env, STEPWISE_DICTIONARIES_FILE: stale } });
    rmSync(dirname(stale), { recursive: true, force: true });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('is stale');
  });

  it('are plain ASCII on disk and name the package versions they came from', () => {
    const text = readFileSync(`${repo}packages/policy/src/estimator/dictionaries.js`, 'utf8');
    expect(/[^\x20-\x7e\n]/.test(text)).toBe(false);
    const data = JSON.parse(text.slice(text.indexOf('export default {') + 15, text.lastIndexOf('}') + 1)) as { source: Record<string, string | number> };
    const version = (name: string) => (JSON.parse(readFileSync(`${repo}node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
    expect(data.source).toMatchObject({ '@zxcvbn-ts/language-common': version('@zxcvbn-ts/language-common'), '@zxcvbn-ts/language-en': version('@zxcvbn-ts/language-en'), listLimit: 30_000 });
  });
});

describe('the default estimator over the compiled data', () => {
  it(`scores ${baseline.estimates.length} passwords exactly as before the change (score, guesses, feedback)`, () => {
    const changed = baseline.estimates.filter((c) => JSON.stringify(estimator.estimate(c.password, c.userInputs)) !== JSON.stringify(c.expected));
    expect(changed.map((c) => c.password)).toEqual([]);
    // The fixture covers every score and every dictionary kind the data holds.
    expect(new Set(baseline.estimates.map((c) => c.expected.score))).toEqual(new Set([0, 1, 2, 3, 4]));
  });

  it('agrees with createEstimator over the raw zxcvbn-ts lists (the data is the packages\' own)', () => {
    const d = zxcvbnEn.dictionary;
    const raw = createEstimator({
      passwords: zxcvbnCommon.dictionary['passwords-common'],
      words: [d['commonWords-en'], d['wikipedia-en'], d['cardinalNumbers-en'], d['ordinalNumbers-en'], d['daysOfWeek-en'], d['months-en'], d['seasons-en'], d['rainbowColors-en'], d['planets-en'], d['zodiacSigns-en'], d['militaryAlphabet-en']],
      names: [d['firstnames-en'], d['lastnames-en']],
      graphs: { qwerty: zxcvbnCommon.adjacencyGraphs.qwerty as AdjacencyGraph, keypad: zxcvbnCommon.adjacencyGraphs.keypad as AdjacencyGraph },
    });
    // Words from every list, at ranks near the 30,000 cut, and non-ASCII ones (kept in a table apart).
    const probes = [
      ...[0, 1, 999, 29_998, 29_999, 30_000, 30_001].flatMap((r) => [zxcvbnCommon.dictionary['passwords-common'][r], d['commonWords-en'][r], d['wikipedia-en'][r], d['lastnames-en'][r], d['firstnames-en'][r % 4945]]),
      'café', 'CaféNoir42', 'adiós amigo', 'beyoncé1', 'andrés2024', ...baseline.estimates.slice(0, 300).map((c) => c.password),
    ].filter((p): p is string => typeof p === 'string');
    for (const p of probes) expect(estimator.estimate(p, ['Contoso']), p).toEqual(raw.estimate(p, ['Contoso']));
  });
});

describe('the compiled common-password list', () => {
  it('keeps all 49,233 ranked passwords, each at its rank in zxcvbn-ts', () => {
    const source = zxcvbnCommon.dictionary['passwords-common'];
    expect(common.size).toBe(source.length);
    expect(common.size).toBeGreaterThanOrEqual(10_000);
    const wrong = source.filter((p, k) => common.rankOf(p.toLowerCase()) !== k + 1);
    expect(wrong).toEqual([]);
    expect(common.rankOf('not-a-common-password-at-all')).toBeUndefined();
    expect(common.top(50_000)).toEqual(source);
  });

  it('answers as before the change (size, ranks, top 1,000)', () => {
    expect(common.size).toBe(baseline.common.size);
    for (const [p, rank] of Object.entries(baseline.common.ranks)) expect(common.rankOf(p.toLowerCase()) ?? null, p).toBe(rank);
    expect(common.top(1000)).toEqual(baseline.common.top1000);
    expect(common.top(0)).toEqual([]);
  });
});

describe('the compiled diceware list', () => {
  it('passphrases draw from the 7,776 words of zxcvbn-ts', async () => {
    const diceware = new Set(zxcvbnCommon.dictionary['diceware-common']);
    expect(diceware.size).toBe(7776);
    const { policy } = loadPolicy('id: t\ntitle: T\nversion: 1.0.0\nsummary: s\nrules:\n  length: {min: 8}\n', 't.yaml');
    let s = 7;
    const random = (n: number) => Uint8Array.from({ length: n }, () => (s = (s * 1103515245 + 12345) >>> 0) >>> 24);
    const { password, entropyBits } = await generatePassword(policy!, { kind: 'passphrase', words: 6, random });
    const words = password.split('-').map((w) => w.replace(/\d$/, '').toLowerCase());
    expect(words).toHaveLength(6);
    for (const w of words) expect(diceware.has(w), w).toBe(true);
    // 6 words of log2(7776) bits each, plus the digit and its position: the list has 7,776 words.
    expect(entropyBits).toBeCloseTo(6 * Math.log2(7776) + Math.log2(6) + Math.log2(10), 1);
  });
});
