/**
 * `npm run bench -- package` (issue 13, item 5): what the published @stepwise/policy costs a
 * browser page and a first `loadPolicy`, measured on the packed tarballs (scripts/pack.mjs)
 * installed outside the workspace, against @zxcvbn-ts/core (the estimator most password meters
 * ship) bundled the same way in the same run.
 *
 * Bundles: esbuild, browser, ESM, minified, code splitting (the dictionaries are an `import()`
 * chunk); sizes gzip level 9. "without dictionaries" is what a page loads at start; "with" adds
 * every chunk.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchRow } from './types';

const repo = join(import.meta.dirname, '..');

/**
 * Targets, stated in packages/policy/README.md. The baseline for the code is zxcvbn-ts core plus
 * re2js, the linear-time regular expression engine that author patterns must run on (security
 * reference: no backtracking engine on author input), bundled together: what any policy checker
 * built on zxcvbn-ts with safe patterns would ship.
 */
const TARGETS = {
  /** evaluatePassword alone, no dictionaries: at most 1.25x zxcvbn-ts core + re2js. */
  evaluateAlone: 1.25,
  /** The whole API (YAML loading with positions, schemas, conformance, generation), no dictionaries: at most 3x. */
  fullApi: 3.0,
  /** With the dictionaries: at most 1.1x zxcvbn-ts core + language-common + language-en (ours add the Entra list and a diceware list). */
  withDictionaries: 1.1,
  /** First loadPolicy (precompiled validators) at least 4x faster than compiling the schema at first use. */
  firstLoad: 4,
};

interface Bundle {
  entryKb: number;
  totalKb: number;
}

async function bundleKb(cwd: string, name: string, code: string, nodePaths: string[] = []): Promise<Bundle> {
  const dir = join(cwd, `bundle-${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(cwd, `${name}.mjs`), code);
  await build({ absWorkingDir: cwd, entryPoints: [`${name}.mjs`], bundle: true, format: 'esm', platform: 'browser', splitting: true, minify: true, outdir: dir, nodePaths, logLevel: 'silent' });
  const size = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length / 1024;
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
  const entry = size(`${name}.js`);
  return { entryKb: round(entry), totalKb: round(files.reduce((sum, f) => sum + size(f), 0)) };
}

const round = (n: number) => Math.round(n * 10) / 10;

function sizeRow(name: string, value: number, baseline: number, baselineName: string, factor: number): BenchRow {
  return { name, value, unit: 'KB gz', baseline, baselineName, ratio: round(baseline / value), target: `<= ${factor}x ${baselineName}`, met: value <= baseline * factor };
}

const FIRST_LOAD = (precompiled: boolean) => `
import { readFileSync } from 'node:fs';
import { loadPolicy, policySchema } from '@stepwise/policy';
import { compileSchema } from '@stepwise/core';
const text = readFileSync(${JSON.stringify(join(repo, 'policy/exchange-org.yaml'))}, 'utf8');
const start = performance.now();
const loaded = ${precompiled ? "loadPolicy(text, 'exchange-org.yaml')" : "loadPolicy(text, 'exchange-org.yaml', { validator: compileSchema(policySchema) })"};
const ms = performance.now() - start;
if (!loaded.policy) throw new Error('policy did not load');
console.log(ms);
`;

/** The median of five fresh processes: a first call is only first once per process. */
function firstLoadMs(cwd: string, precompiled: boolean): number {
  const file = join(cwd, `first-load-${precompiled}.mjs`);
  writeFileSync(file, FIRST_LOAD(precompiled));
  const runs = Array.from({ length: 5 }, () => Number(execFileSync(process.execPath, [file], { cwd, encoding: 'utf8' }).trim())).sort((a, b) => a - b);
  return Math.round(runs[2]! * 100) / 100;
}

export async function benchPackage(): Promise<BenchRow[]> {
  const work = mkdtempSync(join(tmpdir(), 'stepwise-bench-package-'));
  try {
    const tarballs = execFileSync(process.execPath, [join(repo, 'scripts/pack.mjs'), join(work, 'tarballs'), 'core', 'policy'], { encoding: 'utf8' }).trim().split('\n');
    const consumer = join(work, 'consumer');
    mkdirSync(consumer);
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'bench-consumer', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs], { cwd: consumer, stdio: 'pipe' });

    // The baseline's packages from this repository's node_modules (the versions in package-lock).
    const baselineModules = [join(repo, 'node_modules')];
    const zxcvbnCore = await bundleKb(consumer, 'zxcvbn-core', "import { ZxcvbnFactory } from '@zxcvbn-ts/core';\nconst z = new ZxcvbnFactory({});\nconsole.log(z.check('x').score);\n", baselineModules);
    const zxcvbnRe2 = await bundleKb(
      consumer,
      'zxcvbn-re2',
      "import { ZxcvbnFactory } from '@zxcvbn-ts/core';\nimport { RE2JS } from 're2js';\nconst z = new ZxcvbnFactory({});\nconsole.log(z.check('x').score, RE2JS.compile('a+').matcher('aa').find());\n",
      baselineModules,
    );
    const zxcvbnFull = await bundleKb(
      consumer,
      'zxcvbn-full',
      "import { ZxcvbnFactory } from '@zxcvbn-ts/core';\nimport * as common from '@zxcvbn-ts/language-common';\nimport * as en from '@zxcvbn-ts/language-en';\nconst z = new ZxcvbnFactory({ dictionary: { ...common.dictionary, ...en.dictionary }, graphs: common.adjacencyGraphs, translations: en.translations });\nconsole.log(z.check('x').score);\n",
      baselineModules,
    );
    const evaluateAlone = await bundleKb(consumer, 'evaluate', "import { evaluatePassword } from '@stepwise/policy';\nconsole.log(evaluatePassword);\n");
    const fullApi = await bundleKb(consumer, 'full', "import * as policy from '@stepwise/policy';\nconsole.log(policy);\n");
    const withDictionaries = await bundleKb(consumer, 'resources', "import { evaluatePassword, loadEvaluationResources } from '@stepwise/policy';\nconsole.log(evaluatePassword, loadEvaluationResources);\n");

    const precompiled = firstLoadMs(consumer, true);
    const compiled = firstLoadMs(consumer, false);
    return [
      sizeRow('evaluatePassword alone, without dictionaries', evaluateAlone.entryKb, zxcvbnRe2.totalKb, 'zxcvbn-ts core + re2js', TARGETS.evaluateAlone),
      sizeRow('full API, without dictionaries', fullApi.entryKb, zxcvbnRe2.totalKb, 'zxcvbn-ts core + re2js', TARGETS.fullApi),
      { name: 'for reference: @zxcvbn-ts/core alone', value: zxcvbnCore.totalKb, unit: 'KB gz', target: 'reported', met: true },
      sizeRow('evaluatePassword with the dictionaries (every chunk)', withDictionaries.totalKb, zxcvbnFull.totalKb, 'zxcvbn-ts core+common+en', TARGETS.withDictionaries),
      sizeRow('full API with the dictionaries (every chunk)', fullApi.totalKb, zxcvbnFull.totalKb, 'zxcvbn-ts core+common+en', TARGETS.withDictionaries),
      {
        name: 'first loadPolicy (precompiled validators), median of 5 processes',
        value: precompiled,
        unit: 'ms',
        baseline: compiled,
        baselineName: 'compiling the schema with ajv at first use',
        ratio: round(compiled / precompiled),
        target: `>= ${TARGETS.firstLoad}x faster`,
        met: compiled / precompiled >= TARGETS.firstLoad,
      },
    ];
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
