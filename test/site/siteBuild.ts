/**
 * Builds the site for browser tests once and reuses it: the build is keyed by a hash of every
 * input (engine and plugin source, pages, docs, content, fixtures), so test files and repeated
 * runs share one build until something changes. A lock folder serialises builds across vitest
 * workers, which also share Docusaurus's `.docusaurus` folder.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
export const WORK_DIR = join(ROOT, '.tmp/site-test');

/** Plugin options a test build passes to `createConfig` (folders relative to the repository). */
export interface ContentFolders {
  runbooks?: string[];
  policies?: string[];
  standards?: string[];
}

/** The bundled content plus the rendering-safety fixture runbook (security reference item 9). */
export const FIXTURE_CONTENT: ContentFolders = { runbooks: ['runbooks', 'test/site/fixtures/runbooks'] };

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/** Runs `docusaurus build` with the site's own config, for other content folders. */
export async function buildSite(name: string, content: ContentFolders): Promise<BuildResult> {
  mkdirSync(WORK_DIR, { recursive: true });
  const config = join(WORK_DIR, `${name}.config.ts`);
  // The config must live inside the repository so that presets and plugins resolve from it.
  writeFileSync(config, `import { createConfig } from '../../src/siteConfig';\nexport default createConfig(${JSON.stringify(content)});\n`);
  const outDir = join(WORK_DIR, name);
  rmSync(outDir, { recursive: true, force: true });
  // The same entry point as `npm run build` (it exits as soon as the build is done).
  const bin = join(ROOT, 'scripts/docusaurus.mjs');
  const child = spawn(process.execPath, [bin, 'build', '--config', relative(ROOT, config), '--out-dir', relative(ROOT, outDir)], {
    cwd: ROOT,
    env: { ...process.env, DOCUSAURUS_TELEMETRY: '0', FORCE_COLOR: '0', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  const code = await new Promise<number>((done) => child.on('close', (status) => done(status ?? 1)));
  return { code, output, outDir };
}

/** The fixture site, built at most once per change of its inputs. Returns the output folder. */
export async function ensureFixtureSite(): Promise<string> {
  const key = inputHash();
  const outDir = join(WORK_DIR, `fixture-${key.slice(0, 12)}`);
  return withBuildLock(async () => {
    if (existsSync(join(outDir, 'index.html'))) return outDir;
    // Builds of earlier inputs are stale: keep the folder small.
    for (const entry of readdirSync(WORK_DIR)) if (entry.startsWith('fixture-')) rmSync(join(WORK_DIR, entry), { recursive: true, force: true });
    const result = await buildSite(`fixture-${key.slice(0, 12)}`, FIXTURE_CONTENT);
    if (result.code !== 0) throw new Error(`docusaurus build failed (exit ${result.code}):\n${result.output.slice(-4000)}`);
    return outDir;
  });
}

/** Serialises builds between processes: a lock folder holding the owner's pid. */
export async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  const lock = join(WORK_DIR, 'build.lock');
  mkdirSync(WORK_DIR, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      const owner = Number(safeRead(join(lock, 'pid')));
      if (owner && !isAlive(owner)) rmSync(lock, { recursive: true, force: true });
      else await new Promise((done) => setTimeout(done, 500));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

const INPUTS = ['packages', 'src', 'static', 'docs', 'runbooks', 'policy', 'test/site/fixtures', 'docusaurus.config.ts', 'sidebars.ts', '.browserslistrc', 'package.json'];
const SKIP = new Set(['node_modules', 'dist', '.docusaurus', 'build']);

/** SHA-256 over the path and content of every input file. */
export function inputHash(): string {
  const hash = createHash('sha256');
  const visit = (path: string) => {
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info) return;
    if (info.isDirectory()) {
      for (const entry of readdirSync(path).sort()) if (!SKIP.has(entry)) visit(join(path, entry));
      return;
    }
    hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const input of INPUTS) visit(join(ROOT, input));
  return hash.digest('hex');
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
