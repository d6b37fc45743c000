/**
 * Issue 13, item 1: the published packages work without this repository. Every package is packed
 * (scripts/pack.mjs), the tarballs are installed into a folder outside the workspace with the
 * registry reachable (a fresh machine has an empty npm cache, and `npm ci` never fetches the
 * packuments a cache-only install would need: ENOTCACHED), and used as a user would:
 * the `stepwise` command in an unrelated folder, the policy package from Node ESM, CommonJS,
 * TypeScript (nodenext and bundler) and a browser bundle under `script-src 'self'`.
 * The plugin's tarball is tested in a fresh Docusaurus site (docusaurusSite.test.ts).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, serveStatic } from '../helpers/browser';

const repo = join(import.meta.dirname, '../..');
const ENGINE = ['core', 'runbook', 'policy', 'project', 'cli'];
let work: string;
let consumer: string;
let tarballs: string[];

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'stepwise-install-test-'));
  tarballs = execFileSync(process.execPath, [join(repo, 'scripts/pack.mjs'), join(work, 'tarballs'), ...ENGINE], { encoding: 'utf8' }).trim().split('\n');
  consumer = join(work, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs], { cwd: consumer, stdio: 'pipe' });
}, 300_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

const installed = (name: string) => join(consumer, 'node_modules/@stepwise', name);

describe('the packed packages', () => {
  it.each(ENGINE)('@stepwise/%s installs with dist/, no TypeScript sources, the metadata and a LICENSE', (name) => {
    const manifest = JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8')) as Record<string, unknown> & { exports: Record<string, { import?: string }> };
    expect(manifest.exports['.']!.import).toBe('./dist/index.js');
    expect(manifest).toMatchObject({ license: 'MIT', type: 'module', engines: { node: '>=20.19' }, repository: { directory: `packages/${name}` } });
    expect(manifest['private']).toBeUndefined();
    expect(readFileSync(join(installed(name), 'LICENSE'), 'utf8')).toContain('MIT License');
    expect(existsSync(join(installed(name), 'README.md'))).toBe(true);
    expect(existsSync(join(installed(name), 'src'))).toBe(false);
    expect(existsSync(join(installed(name), 'dist/types/index.d.ts'))).toBe(true);
  });

  it.each(ENGINE)('@stepwise/%s publishes every subpath the workspace package exports, each naming files in the tarball', (name) => {
    const source = JSON.parse(readFileSync(join(repo, 'packages', name, 'package.json'), 'utf8')) as { exports: Record<string, string> };
    const published = (JSON.parse(readFileSync(join(installed(name), 'package.json'), 'utf8')) as { exports: Record<string, string | Record<string, string>> }).exports;
    expect(Object.keys(published)).toEqual(expect.arrayContaining(Object.keys(source.exports)));
    for (const [subpath, target] of Object.entries(published)) {
      for (const file of typeof target === 'string' ? [target] : Object.values(target)) {
        const [before, after] = file.split('*');
        const found = after === undefined ? existsSync(join(installed(name), file)) : readdirSync(join(installed(name), before!)).length > 0;
        expect(found, `${subpath} -> ${file}`).toBe(true);
      }
    }
  });

  it.each(ENGINE)("@stepwise/%s: its README's JavaScript examples run as written", (name) => {
    const blocks = [...readFileSync(join(installed(name), 'README.md'), 'utf8').matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]!);
    if (name !== 'policy') expect(blocks.length).toBeGreaterThan(0);
    blocks.forEach((code, i) => {
      writeFileSync(join(consumer, `readme-${name}-${i}.mjs`), code);
      const result = spawnSync(process.execPath, [`readme-${name}-${i}.mjs`], { cwd: consumer, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    });
  });

  it('ship the presets and schemas as files too', () => {
    expect(readdirSync(join(installed('policy'), 'presets/policies'))).toContain('entra-default.yaml');
    expect(readdirSync(join(installed('policy'), 'presets/standards'))).toContain('nist-800-63b-4.yaml');
    expect(existsSync(join(installed('policy'), 'schema/standard.schema.json'))).toBe(true);
    expect(existsSync(join(installed('runbook'), 'schema/runbook.schema.json'))).toBe(true);
  });
});

describe('npx stepwise in an unrelated folder', () => {
  const run = (args: string[], input?: string) => {
    const result = spawnSync('npx', ['--no-install', 'stepwise', ...args], { cwd: join(consumer, 'project'), input, encoding: 'utf8' });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
  };

  beforeAll(() => {
    const project = join(consumer, 'project');
    mkdirSync(join(project, 'policy'), { recursive: true });
    mkdirSync(join(project, 'runbooks'), { recursive: true });
    writeFileSync(
      join(project, 'policy/acme.yaml'),
      'id: acme\ntitle: Acme\nversion: 1.0.0\nsummary: Our policy, the NIST baseline and longer.\nextends: nist-800-63b-4-single-factor\nrules:\n  length: {min: 16}\n',
    );
    writeFileSync(join(project, 'my.yaml'), readFileSync(join(project, 'policy/acme.yaml'), 'utf8'));
  });

  it('--version', () => {
    const result = run(['--version']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trim()).toBe(JSON.parse(readFileSync(join(repo, 'packages/cli/package.json'), 'utf8')).version);
  });

  it('validate: a policy extending a shipped preset is clean; a typo is reported with its position', () => {
    expect(run(['validate'])).toMatchObject({ code: 0 });
    writeFileSync(join(consumer, 'project/policy/typo.yaml'), 'id: typo\ntitle: T\nversion: 1.0.0\nsummary: s\nextends: entra-defualt\n');
    const result = run(['validate']);
    rmSync(join(consumer, 'project/policy/typo.yaml'));
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('policy/typo.yaml:5:10');
    expect(result.stdout).toContain('entra-default');
  });

  it('check: the password on standard input against a shipped policy and the user\'s own', () => {
    expect(run(['check', '--policy', 'entra-default', '--password-stdin'], 'Correct-horse-battery-9\n')).toMatchObject({ code: 0, stderr: '' });
    const rejected = run(['check', '--policy', 'acme', '--password-stdin'], 'qz7Kx\n');
    expect(rejected.code).toBe(1);
    expect(rejected.stdout).toContain('at least 16');
    expect(rejected.stdout + rejected.stderr).not.toContain('qz7Kx');
  });

  it('conform: a user file against a shipped standard', () => {
    const result = run(['conform', 'my.yaml', '--standard', 'nist-800-63b-4']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('nist-800-63b-4');
  });
});

const EXAMPLE = `
const { policy, diagnostics } = loadPolicy('id: t\\ntitle: T\\nversion: 1.0.0\\nsummary: s\\nrules:\\n  length: {min: 8}\\n  strength: {minScore: 2}\\n  blocklist: {match: entra, common: false, terms: [contoso, blank]}\\n', 't.yaml');
const resources = await loadEvaluationResources();
const points = (pw) => evaluatePassword(pw, policy, {}, resources).rules.find((r) => r.rule === 'blocklist').measured.points;
const generated = await generatePassword(policy, { kind: 'passphrase', random: (n) => globalThis.crypto.getRandomValues(new Uint8Array(n)), ...resources });
const result = JSON.stringify({ diagnostics: diagnostics.length, points: [points('C0ntos0Blank12'), points('ContoS0Bl@nkf9!')], generated: evaluatePassword(generated.password, policy, {}, resources).ok });
`;
const EXPECTED = { diagnostics: 0, points: [4, 5], generated: true };
/** The start of the compiled common-password ranks (packages/policy/src/estimator/data/): in whichever chunk holds them. */
/** The four data modules of the estimator and generator (packages/policy/src/estimator/data). */
const DATA_MODULES = ['commonPasswords', 'estimatorCore', 'estimatorRest', 'diceware'];
/**
 * A 40-character stretch from the middle of a data module's longest string, as a pattern that
 * finds it in minified output (which may write a newline as \n or, in a template literal, as is).
 */
async function dataMarker(name: string): Promise<RegExp> {
  const data = ((await import(join(repo, `packages/policy/src/estimator/data/${name}.js`))) as { default: Record<string, unknown> }).default;
  const text = Object.values(data).filter((v): v is string => typeof v === 'string').sort((a, b) => b.length - a.length)[0]!;
  for (let at = Math.floor(text.length / 2); at + 40 <= text.length; at++) {
    const slice = text.slice(at, at + 40);
    if (!/["'`$\\]/.test(slice)) return new RegExp(slice.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\n/g, '(?:\\\\n|\\n)'));
  }
  throw new Error(`no marker in ${name}`);
}
const IMPORTS = "import { loadPolicy, evaluatePassword, loadEvaluationResources, generatePassword } from '@stepwise/policy';";

describe('@stepwise/policy from other tools', () => {
  it('Node ESM', () => {
    writeFileSync(join(consumer, 'node.mjs'), `${IMPORTS}\n${EXAMPLE}\nconsole.log(result);`);
    expect(JSON.parse(execFileSync(process.execPath, ['node.mjs'], { cwd: consumer, encoding: 'utf8' }))).toEqual(EXPECTED);
  });

  it('Node CommonJS (require of the ES module, Node 20.19 and later)', () => {
    writeFileSync(join(consumer, 'node.cjs'), `const { loadPolicy, evaluatePassword, loadEvaluationResources, generatePassword } = require('@stepwise/policy');\n(async () => {${EXAMPLE}\nconsole.log(result); })();`);
    const result = spawnSync(process.execPath, ['node.cjs'], { cwd: consumer, encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(EXPECTED);
  });

  it.each(['nodenext', 'bundler'])('TypeScript, moduleResolution %s, skipLibCheck off', (resolution) => {
    const dir = join(consumer, `ts-${resolution}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      join(dir, 'consumer.ts'),
      "import { evaluatePassword, loadPolicy, shippedPresets, type PasswordEvaluation } from '@stepwise/policy';\nimport { loadProject } from '@stepwise/project';\nimport { loadRunbook } from '@stepwise/runbook';\nimport { main } from '@stepwise/cli';\nconst loaded = loadPolicy('id: t', 't.yaml');\nexport const result: PasswordEvaluation | undefined = loaded.policy ? evaluatePassword('x', loaded.policy) : undefined;\nexport const line: number | undefined = loaded.diagnostics[0]?.range.start.line;\nexport const presets: number = shippedPresets.policies.length + loadProject([]).policies.size;\nexport const runbook = loadRunbook('id: r', 'r.yaml').runbook?.title;\nexport const run: (argv: string[]) => Promise<number> = main;\n",
    );
    const module = resolution === 'nodenext' ? 'nodenext' : 'esnext';
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { strict: true, module, moduleResolution: resolution, target: 'es2022', noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [join(repo, 'node_modules/@types')] }, files: ['consumer.ts'] }));
    const result = spawnSync(process.execPath, [join(repo, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  it("a browser bundle: no schema compiled at run time, works under script-src 'self' (no unsafe-eval), dictionaries in a lazy chunk", async () => {
    const page = join(consumer, 'page');
    mkdirSync(page, { recursive: true });
    writeFileSync(join(consumer, 'browser.mjs'), `${IMPORTS}\n${EXAMPLE}\ndocument.getElementById('out').textContent = result;`);
    await build({ absWorkingDir: consumer, entryPoints: ['browser.mjs'], bundle: true, format: 'esm', platform: 'browser', splitting: true, minify: true, outdir: page, logLevel: 'silent' });
    // Each data module is in one lazy chunk of its own, never in the entry (a page that only
    // judges rules never downloads them).
    const chunks = readdirSync(page).filter((f) => f.endsWith('.js'));
    const text = Object.fromEntries(chunks.map((f) => [f, readFileSync(join(page, f), 'utf8')]));
    const holders: string[][] = [];
    for (const name of DATA_MODULES) {
      const marker = await dataMarker(name);
      holders.push(chunks.filter((f) => marker.test(text[f]!)));
    }
    expect(holders.map((h) => h.length)).toEqual(DATA_MODULES.map(() => 1));
    expect(new Set(holders.flat()).size).toBe(DATA_MODULES.length);
    expect(holders.flat()).not.toContain('browser.js');
    // Neither ajv's compiler nor its code generation is in the bundle (re2js has a method named
    // eval: the page under CSP below is the proof that nothing evaluates code).
    expect(chunks.filter((chunk) => /new Function\(|\bAjv\b|ajv\/dist\/compile/.test(readFileSync(join(page, chunk), 'utf8')))).toEqual([]);
    writeFileSync(
      join(page, 'index.html'),
      `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; connect-src 'self'"><title>t</title></head><body><pre id="out"></pre><script type="module" src="/browser.js"></script></body></html>`,
    );
    const server = await serveStatic(page);
    const browser = await launchBrowser();
    try {
      const tab = await browser.context.newPage();
      const violations: string[] = [];
      tab.on('console', (m) => {
        if (/Content Security Policy|Refused|EvalError/i.test(m.text())) violations.push(m.text());
      });
      tab.on('pageerror', (e) => violations.push(String(e)));
      await tab.goto(`${server.url}/`);
      await tab.waitForFunction(() => document.getElementById('out')?.textContent !== '', undefined, { timeout: 20_000 });
      expect(JSON.parse((await tab.textContent('#out'))!)).toEqual(EXPECTED);
      expect(violations).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
