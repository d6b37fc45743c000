import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEn from '@zxcvbn-ts/language-en';
import { evaluatePassword, loadEvaluationResources, loadPolicy, resolvePolicies, type ResolvedPolicy } from '@stepwise/policy';
import { PASSWORD_KINDS, passwordCorpus, seededRandom, type PasswordKind } from './corpus';
import type { BenchRow } from './types';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
// zxcvbn 4.4.2 ships no types; only its score is read here.
const zxcvbn = require('zxcvbn') as (password: string) => { score: number };
// zxcvbn 4.4.2 centres year guesses on the clock's year; ours on a constant (REFERENCE_YEAR in
// matchDates.ts). The comparison pins zxcvbn's to ours, so a new year does not move the figures.
(require('zxcvbn/lib/scoring') as { REFERENCE_YEAR: number }).REFERENCE_YEAR = 2025;
/** The agreement corpus (bench/corpus.ts passwordCorpus): size and seed, fixed. */
const AGREEMENT_SIZE = 10_000;
const CORPUS_SEED = 20261202;
/** The first this many of it are timed. */
const CORPUS_SIZE = 2000;
const LONG_LENGTHS = [1_000, 10_000, 100_000];
const AGREEMENT_TARGET = 0.97;
const DANGEROUS_TARGET = 0.005;
const SPEED_TARGET = 4;

/** The estimator corpus: six kinds of password from the shipped lists, deterministic (bench/corpus.ts). */
export function policyCorpus(size = AGREEMENT_SIZE): { password: string; kind: PasswordKind }[] {
  const sources = { common: zxcvbnCommon.dictionary['passwords-common'], words: zxcvbnCommon.dictionary['diceware-common'], graphs: require('zxcvbn/lib/adjacency_graphs') as Parameters<typeof passwordCorpus>[0]['graphs'] };
  return passwordCorpus(sources, size, CORPUS_SEED);
}

/** Hostile long inputs: repeated punctuation, keyboard walks, runs, random text, emoji, repeated phrases. */
function longInputs(length: number): Record<string, string> {
  const rnd = seededRandom(length);
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  let random = '';
  for (let k = 0; k < length; k++) random += String.fromCharCode(33 + Math.floor(rnd() * 94));
  return {
    punctuation: fill('!@#$%^&*'),
    'keyboard walk': fill('qwertyuiop[]asdfghjkl;zxcvbnm,./'),
    'one character': fill('a'),
    sequence: fill('0123456789'),
    random,
    emoji: fill('😀🔑'),
    'repeated passphrase': fill('correct horse battery staple '),
    // Every l33t look-alike at once: zxcvbn would follow 736 readings (we cap them at 128).
    'every look-alike': fill('4@8({[<369!|1705$+%2pa55w0rd'),
    'mixed scripts': fill('Grüße ÀÉÎõü Ωμέγα Привет мир 中文字符 日本語のテキスト 한국어 عربي हिन्दी ✓★♥ '),
    'random non-ASCII': Array.from({ length }, () => String.fromCodePoint(0xa1 + Math.floor(rnd() * 0x2f00))).join('').slice(0, length),
  };
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

/**
 * Times each call; returns sorted durations in ms, after a warm-up pass over the first 200.
 * With repeats > 1 each password keeps its fastest time, which filters out pauses caused by
 * other processes on a shared machine (applied equally to every contender that uses it).
 */
function timeEach(corpus: readonly string[], run: (p: string) => unknown, repeats = 1): number[] {
  for (const p of corpus.slice(0, 200)) run(p);
  const best = corpus.map(() => Infinity);
  for (let r = 0; r < repeats; r++) {
    corpus.forEach((p, k) => {
      const start = performance.now();
      run(p);
      best[k] = Math.min(best[k]!, performance.now() - start);
    });
  }
  return best.sort((a, b) => a - b);
}

const round = (n: number, digits = 3) => Math.round(n * 10 ** digits) / 10 ** digits;

function shippedPolicy(id: string): ResolvedPolicy {
  const dir = `${root}policy/`;
  const sources = readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => {
      const loaded = loadPolicy(readFileSync(dir + f, 'utf8'), `policy/${f}`);
      return loaded.policy ? { policy: loaded.policy, file: f, parsed: loaded.parsed } : undefined;
    })
    .filter((s) => s !== undefined);
  const policy = resolvePolicies(sources).policies.get(id);
  if (!policy) throw new Error(`policy ${id} not found under policy/`);
  return policy;
}

/**
 * Estimator load time and heap, in a fresh process so that nothing is cached or already
 * allocated: after importing the package (its code, transpiled by tsx here, is not counted),
 * load the default estimator and list (import() of the compiled dictionaries module, the sorted
 * tables' line index and ranks) and use each once.
 */
function measureLoad(): { ms: number; heapMB: number } {
  const code = `
    const { loadEvaluationResources } = await import('@stepwise/policy');
    globalThis.gc(); const before = process.memoryUsage().heapUsed;
    const start = performance.now();
    const r = await loadEvaluationResources();
    r.estimator.estimate('warm-up', []); r.commonPasswords.rankOf('warm-up');
    const ms = performance.now() - start;
    globalThis.gc(); const heap = process.memoryUsage().heapUsed - before;
    process.stdout.write(JSON.stringify({ ms, heapMB: heap / 1048576 }));`;
  const result = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`load measurement failed: ${result.stderr.slice(0, 300)}`);
  return JSON.parse(result.stdout) as { ms: number; heapMB: number };
}

/**
 * Issue 3's and issue 11's targets, side by side in one process: the full evaluation (every rule
 * of the organisation's policy plus the estimator) against zxcvbn 4.4.2 alone and zxcvbn-ts with
 * its default dictionaries, on the same 2,000 passwords; score agreement with zxcvbn 4.4.2 on the
 * 10,000-password corpus (bench/corpus.ts), overall, per kind and in the dangerous direction;
 * the worst case over long inputs (ASCII and non-ASCII); load cost.
 */
export async function benchPolicy(): Promise<BenchRow[]> {
  const labelled = policyCorpus();
  const corpus = labelled.slice(0, CORPUS_SIZE).map((c) => c.password);
  const load = measureLoad();
  const resources = await loadEvaluationResources();
  const policy = shippedPolicy('exchange-org');
  const context = { userName: 'ehagens', displayName: 'Erin M. Hagens', organization: 'Contoso', email: 'erin.hagens@contoso.com' };

  const zxcvbnTs = new ZxcvbnFactory({ dictionary: { ...zxcvbnCommon.dictionary, ...zxcvbnEn.dictionary }, graphs: zxcvbnCommon.adjacencyGraphs, translations: zxcvbnEn.translations });
  // Interleaved order would mix caches; each runs over the whole corpus after its own warm-up.
  const full = timeEach(corpus, (p) => evaluatePassword(p, policy, context, resources), 3);
  const original = timeEach(corpus, (p) => zxcvbn(p), 3);
  // zxcvbn-ts is a reference only (about 10x slower): one pass keeps the bench short.
  const ts = timeEach(corpus, (p) => zxcvbnTs.check(p));
  const estimatorOnly = timeEach(corpus, (p) => resources.estimator!.estimate(p, []), 3);

  // Agreement with zxcvbn 4.4.2 on the whole corpus, per kind, and the dangerous direction:
  // zxcvbn says 0-2 (too guessable) and we say 3-4.
  let same = 0;
  let higher = 0;
  let lower = 0;
  let dangerous = 0;
  const perKind = new Map<PasswordKind, { same: number; total: number }>(PASSWORD_KINDS.map((k) => [k, { same: 0, total: 0 }]));
  for (const { password, kind } of labelled) {
    const ours = resources.estimator!.estimate(password, []).score;
    const theirs = zxcvbn(password).score;
    const k = perKind.get(kind)!;
    k.total++;
    if (ours === theirs) {
      same++;
      k.same++;
    } else if (ours > theirs) {
      higher++;
      if (theirs <= 2 && ours >= 3) dangerous++;
    } else lower++;
  }
  const n = labelled.length;

  let worst = 0;
  let worstName = '';
  for (const length of LONG_LENGTHS) {
    for (const [name, input] of Object.entries(longInputs(length))) {
      // Best of 3 after a warm-up, like the corpus timings: a scheduler pause is not the input's cost.
      evaluatePassword(input, policy, context, resources);
      let ms = Infinity;
      for (let r = 0; r < 3; r++) {
        const start = performance.now();
        evaluatePassword(input, policy, context, resources);
        ms = Math.min(ms, performance.now() - start);
      }
      if (ms > worst) {
        worst = ms;
        worstName = `${name}, ${length.toLocaleString('en')} chars`;
      }
    }
  }

  const medianFull = percentile(full, 0.5);
  const medianOriginal = percentile(original, 0.5);
  const medianTs = percentile(ts, 0.5);
  const p99Full = percentile(full, 0.99);
  const pct = (count: number) => round((100 * count) / n, 2);
  return [
    { name: `full evaluation, median (exchange-org, ${CORPUS_SIZE.toLocaleString('en')} passwords, best of 3 per password)`, value: round(medianFull), unit: 'ms', baseline: round(medianOriginal), baselineName: 'zxcvbn 4.4.2 alone', ratio: round(medianOriginal / medianFull, 2), target: `>= ${SPEED_TARGET}x faster than zxcvbn 4.4.2 alone`, met: medianOriginal / medianFull >= SPEED_TARGET },
    { name: 'full evaluation, p99', value: round(p99Full), unit: 'ms', baseline: round(percentile(original, 0.99)), baselineName: 'zxcvbn 4.4.2 p99', ratio: round(percentile(original, 0.99) / p99Full, 2), target: '<= 10 ms', met: p99Full <= 10 },
    { name: 'zxcvbn-ts 4.2.0 default, median (reference)', value: round(medianTs), unit: 'ms', baseline: round(medianOriginal), baselineName: 'zxcvbn 4.4.2 alone', ratio: round(medianOriginal / medianTs, 2), target: 'reference only', met: true },
    { name: 'our estimator alone, median', value: round(percentile(estimatorOnly, 0.5)), unit: 'ms', baseline: round(medianTs), baselineName: 'zxcvbn-ts default', ratio: round(medianTs / percentile(estimatorOnly, 0.5), 2), target: 'faster than zxcvbn-ts default', met: percentile(estimatorOnly, 0.5) < medianTs },
    { name: `same score as zxcvbn 4.4.2 (${n.toLocaleString('en')} passwords, seed ${CORPUS_SEED})`, value: pct(same), unit: '%', target: `>= ${AGREEMENT_TARGET * 100} %`, met: same / n >= AGREEMENT_TARGET },
    { name: 'zxcvbn 4.4.2 scores 0-2, we score 3-4 (dangerous direction)', value: pct(dangerous), unit: '%', target: `<= ${DANGEROUS_TARGET * 100} %`, met: dangerous / n <= DANGEROUS_TARGET },
    { name: 'we score higher than zxcvbn 4.4.2 / lower (all differences)', value: pct(higher), unit: '%', target: `reference only (lower: ${pct(lower)} %)`, met: true },
    ...[...perKind].map(([kind, k]) => ({ name: `same score as zxcvbn 4.4.2, ${kind} (${k.total})`, value: round((100 * k.same) / k.total, 1), unit: '%', target: 'reference only', met: true })),
    { name: `worst case up to 100,000 chars (${worstName})`, value: round(worst, 1), unit: 'ms', target: '<= 50 ms', met: worst <= 50 },
    { name: 'estimator + common list load (fresh process)', value: round(load.ms, 1), unit: 'ms', target: '<= 100 ms where achievable', met: load.ms <= 100 },
    { name: 'estimator + common list heap', value: round(load.heapMB, 1), unit: 'MB', target: '<= 10 MB where achievable', met: load.heapMB <= 10 },
  ];
}

// Runnable alone: node --import tsx bench/policy.ts
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const row of await benchPolicy()) {
    const baseline = row.baseline === undefined ? '' : `  vs ${row.baseline} ${row.unit} (${row.baselineName}), ratio ${row.ratio}x`;
    process.stdout.write(`${row.met ? 'ok ' : 'NO '} ${row.name}: ${row.value} ${row.unit}${baseline}  [target ${row.target}]\n`);
  }
}
