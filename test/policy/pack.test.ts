import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../../', import.meta.url));
let work: string;
let consumer: string;

/**
 * Proof that the published package works without the monorepo: pack it, install the tarball
 * into a project outside the workspace with the registry reachable (a fresh machine has an empty npm
 * cache, so `--offline` would fail there with ENOTCACHED), and use it from Node ESM,
 * from TypeScript (nodenext) and from an esbuild browser bundle.
 */
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'stepwise-pack-test-'));
  const tarball = execFileSync(process.execPath, [join(repo, 'packages/policy/scripts/pack.mjs'), join(work, 'tarball')], { encoding: 'utf8' }).trim();
  consumer = join(work, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: consumer, stdio: 'pipe' });
}, 120_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const EXAMPLE = `
const { policy, diagnostics } = loadPolicy('id: t\\ntitle: T\\nversion: 1.0.0\\nsummary: s\\nrules:\\n  length: {min: 8}\\n  strength: {minScore: 2}\\n  blocklist: {match: entra, common: false, terms: [contoso, blank]}\\n', 't.yaml');
const resources = await loadEvaluationResources();
const points = (pw) => evaluatePassword(pw, policy, {}, resources).rules.find((r) => r.rule === 'blocklist').measured.points;
const generated = await generatePassword(policy, { kind: 'passphrase', random: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)), ...resources });
console.log(JSON.stringify({ diagnostics: diagnostics.length, points: [points('C0ntos0Blank12'), points('ContoS0Bl@nkf9!')], generated: evaluatePassword(generated.password, policy, {}, resources).ok }));
`;
const EXPECTED = { diagnostics: 0, points: [4, 5], generated: true };
/** The start of the compiled common-password ranks: in whichever chunk holds the blocklist. */
const DICTIONARY_MARKER = /"ranks":"([A-Za-z0-9+/]{48})/.exec(readFileSync(join(repo, 'packages/policy/src/estimator/data/commonPasswords.js'), 'utf8'))![1]!;

/** The start of each data module's first word list (packages/policy/src/estimator/data/). */
const DATA_MARKERS = ['commonPasswords.js', 'estimatorCore.js', 'estimatorRest.js', 'diceware.js'].map((f) => /"words":"(.{48})/.exec(readFileSync(join(repo, 'packages/policy/src/estimator/data', f), 'utf8'))![1]!);

describe('the packed @stepwise/policy', () => {
  it('installs with dist/ only: no TypeScript sources, exports pointing at dist', () => {
    const installed = join(consumer, 'node_modules/@stepwise/policy');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { exports: Record<string, { import: string }>; dependencies: Record<string, string> };
    expect(manifest.exports['.']!.import).toBe('./dist/index.js');
    expect(Object.keys(manifest.dependencies)).not.toContain('@stepwise/core');
    expect(readdirSync(installed).sort()).toEqual(['README.md', 'dist', 'package.json', 'schema']);
  });

  it('works from Node ESM', () => {
    writeFileSync(join(consumer, 'node.mjs'), `import { loadPolicy, evaluatePassword, loadEvaluationResources, generatePassword } from '@stepwise/policy';\n${EXAMPLE}`);
    const out = execFileSync(process.execPath, ['node.mjs'], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });

  it('type-checks from TypeScript with moduleResolution nodenext and skipLibCheck off', () => {
    writeFileSync(join(consumer, 'consumer.ts'), "import { evaluatePassword, loadPolicy, type PasswordEvaluation } from '@stepwise/policy';\nconst loaded = loadPolicy('id: t', 't.yaml');\nexport const result: PasswordEvaluation | undefined = loaded.policy ? evaluatePassword('x', loaded.policy) : undefined;\nexport const line: number | undefined = loaded.diagnostics[0]?.range.start.line;\n");
    writeFileSync(join(consumer, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] }, files: ['consumer.ts'] }));
    execFileSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: consumer, stdio: 'pipe' });
  });

  it('bundles for the browser with the dictionaries in lazily loaded chunks', async () => {
    writeFileSync(join(consumer, 'browser.mjs'), `import { loadPolicy, evaluatePassword, loadEvaluationResources, generatePassword } from '@stepwise/policy';\n${EXAMPLE}`);
    const outdir = join(consumer, 'out');
    await build({ absWorkingDir: consumer, entryPoints: ['browser.mjs'], bundle: true, format: 'esm', platform: 'browser', splitting: true, outdir, logLevel: 'silent' });
    const files = readdirSync(outdir);
    const main = readFileSync(join(outdir, 'browser.js'), 'utf8');
    // The password list and word lists are not in the entry chunk: a page pays only when it checks.
    expect(main).not.toContain(DICTIONARY_MARKER);
    const chunks = readdirSync(outdir, { recursive: true }).map(String).filter((f) => f.endsWith('.js'));
    expect(chunks.filter((f) => readFileSync(join(outdir, f), 'utf8').includes(DICTIONARY_MARKER))).toHaveLength(1);
    expect(files.length).toBeGreaterThan(2);
    // Each data module (blocklist, estimator core, the rest, diceware) is a lazy chunk of its own.
    const dataChunks = DATA_MARKERS.map((marker) => chunks.filter((f) => readFileSync(join(outdir, f), 'utf8').includes(marker)));
    for (const found of dataChunks) expect(found).toHaveLength(1);
    expect(new Set(dataChunks.flat()).size).toBe(DATA_MARKERS.length);
    for (const marker of DATA_MARKERS) expect(main).not.toContain(marker);
    // The bundle uses no Node built-in, so it runs anywhere ESM runs.
    expect(main).not.toMatch(/from\s*["']node:/);
    const out = execFileSync(process.execPath, [join(outdir, 'browser.js')], { cwd: consumer, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual(EXPECTED);
  });
});
