/**
 * The compiled dictionaries (packages/policy/src/estimator/data/*.js, issues 3, 11 and 14): the
 * files are what scripts/compileDictionaries.mjs makes from the installed packages (zxcvbn-ts's
 * common and diceware lists, zxcvbn 4.4.2's word lists and graphs); the common-password list is
 * the package's own, entry for entry and rank for rank; every common password is ranked in the
 * estimator too; the staged estimator is never weaker than the full one. How the scores compare
 * with zxcvbn 4.4.2 itself is estimatorAgreement.test.ts (it replaced the "scores unchanged"
 * baseline here: the port of zxcvbn's algorithms was meant to change scores).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import { beforeAll, describe, expect, it } from 'vitest';
import { generatePassword, loadCommonPasswords, loadCoreEstimator, loadDefaultEstimator, loadEvaluationStages, loadPolicy, type CommonPasswordList, type PasswordEstimator } from '@stepwise/policy';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const compiler = `${repo}packages/policy/scripts/compileDictionaries.mjs`;
const dataDir = `${repo}packages/policy/src/estimator/data/`;
const baseline = JSON.parse(readFileSync(new URL('fixtures/estimatorBaseline.json', import.meta.url), 'utf8')) as { common: { size: number; ranks: Record<string, number | null>; top1000: string[] } };
const corpus = readFileSync(new URL('fixtures/estimatorCorpus.txt', import.meta.url), 'utf8').split('\n').filter((p) => p.length > 0);

let estimator: PasswordEstimator;
let core: PasswordEstimator;
let common: CommonPasswordList;
beforeAll(async () => {
  [estimator, core, common] = await Promise.all([loadDefaultEstimator(), loadCoreEstimator(), loadCommonPasswords()]);
});

describe('the compiled dictionaries', () => {
  it('are exactly what the compiler makes from the installed packages (no drift)', () => {
    const check = spawnSync(process.execPath, [compiler, '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('the drift check fails on a stale file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-dictionaries-'));
    cpSync(dataDir, dir, { recursive: true });
    const file = join(dir, 'diceware.js');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"words":"', '"words":"x'));
    const check = spawnSync(process.execPath, [compiler, '--check'], { encoding: 'utf8', env: { ...process.env, STEPWISE_DICTIONARIES_DIR: dir } });
    rmSync(dir, { recursive: true, force: true });
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('diceware.js is stale');
  });

  it('are plain ASCII on disk and name the package versions they came from', () => {
    const version = (name: string) => (JSON.parse(readFileSync(`${repo}node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
    const files = readdirSync(dataDir).filter((f) => f.endsWith('.js'));
    expect(files.sort()).toEqual(['commonPasswords.js', 'diceware.js', 'estimatorCore.js', 'estimatorRest.js']);
    for (const f of files) {
      const text = readFileSync(dataDir + f, 'utf8');
      expect(/[^\x20-\x7e\n]/.test(text), f).toBe(false);
      const data = JSON.parse(text.slice(text.indexOf('export default {') + 15, text.lastIndexOf('}') + 1)) as { source: Record<string, string> };
      expect(data.source).toEqual({ '@zxcvbn-ts/language-common': version('@zxcvbn-ts/language-common'), zxcvbn: version('zxcvbn') });
    }
  });
});

describe('the compiled common-password list', () => {
  it('keeps all 49,233 ranked passwords, each at its rank in zxcvbn-ts', () => {
    const source = zxcvbnCommon.dictionary['passwords-common'];
    expect(common.size).toBe(source.length);
    expect(common.size).toBe(49_233);
    const wrong = source.filter((p, k) => common.rankOf(p.toLowerCase()) !== k + 1);
    expect(wrong).toEqual([]);
    expect(common.rankOf('not-a-common-password-at-all')).toBeUndefined();
    expect(common.top(50_000)).toEqual(source);
  });

  it('answers as before the split (size, ranks, top 1,000)', () => {
    expect(common.size).toBe(baseline.common.size);
    for (const [p, rank] of Object.entries(baseline.common.ranks)) expect(common.rankOf(p.toLowerCase()) ?? null, p).toBe(rank);
    expect(common.top(1000)).toEqual(baseline.common.top1000);
    expect(common.top(0)).toEqual([]);
  });

  it('is the same list through the staged loader', async () => {
    const stages = loadEvaluationStages();
    expect(await stages.commonPasswords).toBe(common);
    expect(await stages.estimator).toBe(estimator);
  });
});

describe('the estimator over the compiled data', () => {
  it('ranks every shipped common password: alone, each is a 0 or a 1 (below 10^6 guesses)', () => {
    // Issue 11: the CLI said a password was number 35,199 on the list and gave it 4 of 4. Every
    // 25th entry (1,970 of them), past zxcvbn 4.4.2's 30,000 included.
    const source = zxcvbnCommon.dictionary['passwords-common'];
    const sample = source.filter((_, k) => k % 25 === 0 || k === 35_198);
    const strong = sample.filter((p) => estimator.estimate(p.toLowerCase(), []).score > 1);
    expect(strong).toEqual([]);
    // At most its rank (within the 6.2 % the stored ranks keep); lower when zxcvbn ranks it better.
    expect(estimator.estimate(source[35_198]!.toLowerCase(), []).guessesLog10).toBeLessThanOrEqual(Math.log10(35_199 * 1.062));
  });

  it('the preliminary (core) estimator is never weaker than the full one, and agrees on common passwords', () => {
    const weaker = corpus.filter((p) => core.estimate(p, []).guessesLog10 < estimator.estimate(p, []).guessesLog10 - 1e-9);
    expect(weaker).toEqual([]);
    // It holds every common password: on those it is the full estimator.
    for (const p of zxcvbnCommon.dictionary['passwords-common'].slice(0, 500)) expect(core.estimate(p, []), p).toEqual(estimator.estimate(p, []));
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
