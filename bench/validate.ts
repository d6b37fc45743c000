import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadRunbook, runbookSchema } from '@stepwise/runbook';
import { generateRunbook, writeRunbookCorpus } from './corpus';
import type { BenchRow } from './types';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNBOOKS = 2000;

/** Wall time of a whole process, in seconds; throws when it does not exit as expected. */
function timeProcess(command: string, args: string[], expectStatus: number): number {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== expectStatus) throw new Error(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  return seconds;
}

/**
 * Issue 2: `stepwise validate` on 2,000 generated 18-step runbooks as a whole process, against
 * Spectral applying the same JSON Schema to the same files, side by side in one run.
 */
export async function benchValidate(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-validate-'));
  try {
    const corpus = join(dir, 'runbooks');
    const bytes = writeRunbookCorpus(corpus, RUNBOOKS);
    const ruleset = join(dir, 'spectral-ruleset.json');
    writeFileSync(ruleset, JSON.stringify({ rules: { 'runbook-schema': { given: '$', severity: 'error', then: { function: 'schema', functionOptions: { schema: runbookSchema, dialect: 'draft2020-12', allErrors: true } } } } }));

    const stepwise = () => timeProcess(process.execPath, [join(root, 'packages/cli/bin/stepwise.mjs'), 'validate', corpus, '--format', 'json'], 0);
    const spectral = () => timeProcess(process.execPath, [join(root, 'node_modules/@stoplight/spectral-cli/dist/index.js'), 'lint', `${corpus}/*.yaml`, '--ruleset', ruleset, '--format', 'json', '--quiet'], 0);
    // Ours is cheap: take the median of three; Spectral takes over a minute, once.
    const ours = [stepwise(), stepwise(), stepwise()].sort((a, b) => a - b)[1]!;
    const theirs = spectral();
    const ratio = theirs / ours;
    const large = benchLargeFiles(dir);
    return [
      {
        name: `validate ${RUNBOOKS} runbooks (${Math.round(bytes / RUNBOOKS / 1024)} KiB each), whole process`,
        value: round(ours),
        unit: 's',
        baseline: round(theirs),
        baselineName: 'spectral-cli 6.16.3, same JSON Schema',
        ratio: round(ratio),
        target: '>= 20x faster than Spectral',
        met: ratio >= 20,
      },
      ...large,
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const KEYS = 75_000;
const HEAD = 'id: big\ntitle: Big\nversion: 1.0.0\nsummary: s\nowner: { team: t }\nroles: [{ id: a, title: A }]\nsteps:\n  - id: s\n    title: S\n    role: a\n    body: b\n';

/** A runbook whose top-level mapping holds `keys` unknown keys (75,000 is about 825 KB). */
function unknownKeys(keys: number): string {
  const lines = [HEAD];
  for (let i = 0; i < keys; i++) lines.push(`x${String(i).padStart(6, '0')}: 1\n`);
  return lines.join('');
}

/**
 * A valid runbook of `steps` generated steps, each body padded with Markdown paragraphs, and one
 * problem: an unknown key in the last step. 450 steps are just under the 1 MiB size limit.
 */
function oneProblem(steps: number): string {
  const padding = Array.from({ length: 14 }, (_, i) => `      Paragraph ${i}: confirm the caller, record the ticket and **do not** read the password aloud.\n`).join('');
  const text = generateRunbook(7, steps).replace(/    body: \|\n/g, `    body: |\n${padding}\n`);
  const last = text.lastIndexOf('  - id: step-');
  const titleEnd = text.indexOf('\n', text.indexOf('    title:', last)) + 1;
  return `${text.slice(0, titleEnd)}    titel: typo\n${text.slice(titleEnd)}`;
}

/**
 * The whole runbook loader in this process, best of five, as CPU time (user + system): on these
 * shared 2-core machines wall time mostly measures the other processes, CPU time the work.
 */
function engineSeconds(text: string, expectCodes: (codes: string[]) => boolean): number {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const before = process.cpuUsage();
    const { diagnostics } = loadRunbook(text, 'bench.yaml');
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1e6);
    if (!expectCodes(diagnostics.map((d) => d.code))) throw new Error(`unexpected diagnostics: ${diagnostics.slice(0, 3).map((d) => d.code).join(', ')}`);
  }
  return Math.min(...times);
}

/** `stepwise validate <file>` as a whole process: wall time, CPU time and peak resident memory. */
function processCost(file: string): { seconds: number; cpuSeconds: number; megabytes: number } {
  const cli = join(root, 'packages/cli/dist/stepwise.mjs');
  const script = `const { main } = await import(${JSON.stringify(`file://${cli}`)}); const code = await main(['validate', ${JSON.stringify(file)}, '--format', 'json']); const u = process.resourceUsage(); process.stderr.write('\\n' + JSON.stringify({ code, rss: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime })); process.exitCode = 0;`;
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - start) / 1000;
  const report = JSON.parse(result.stderr.trim().split('\n').at(-1) ?? '{}') as { code?: number; rss?: number; cpu?: number };
  if (report.code !== 1) throw new Error(`validate ${file} exited ${report.code}: ${result.stderr.slice(0, 300)}`);
  return { seconds, cpuSeconds: (report.cpu ?? NaN) / 1e6, megabytes: (report.rss ?? NaN) / 1024 };
}

/**
 * Issue 15, item 3: one mapping of 75,000 unknown keys (358 s before: a linear key scan per
 * diagnostic, no cap) and a 1 MiB runbook with one problem (4-6 s and up to 562 MB before), each
 * as a whole process against the targets, and each engine time against the same input at a tenth
 * of the size: 10x the input may cost about 10x the time, no more.
 */
export function benchLargeFiles(dir: string): BenchRow[] {
  const rows: BenchRow[] = [];
  const cases = [
    { name: `${KEYS.toLocaleString('en-US')} unknown keys in one mapping`, big: unknownKeys(KEYS), small: unknownKeys(KEYS / 10), codes: (c: string[]) => c.length === 101 && c.at(-1) === 'problems-capped' },
    { name: '1 MiB runbook with one problem', big: oneProblem(450), small: oneProblem(45), codes: (c: string[]) => c.length === 1 && c[0] === 'schema-unknown-key' },
  ];
  for (const c of cases) {
    const file = join(dir, `large-${rows.length}.yaml`);
    writeFileSync(file, c.big);
    const kib = Math.round(Buffer.byteLength(c.big) / 1024);
    const cost = processCost(file);
    const big = engineSeconds(c.big, c.codes);
    const small = engineSeconds(c.small, c.codes);
    const growth = big / small;
    rows.push(
      { name: `validate ${c.name} (${kib} KiB), whole process, wall time`, value: round(cost.seconds), unit: 's', target: '< 2 s', met: cost.seconds < 2 },
      { name: `validate ${c.name}, whole process, CPU time (user + system)`, value: round(cost.cpuSeconds), unit: 's', target: '< 2 s', met: cost.cpuSeconds < 2 },
      { name: `validate ${c.name}, peak memory (max RSS)`, value: Math.round(cost.megabytes), unit: 'MB', target: '< 500 MB', met: cost.megabytes < 500 },
      {
        name: `${c.name}: engine CPU time, 10x the input`,
        value: round(big, 1000),
        unit: 's',
        baseline: round(small, 1000),
        baselineName: 'a tenth of the input',
        ratio: round(growth),
        target: 'growth <= about 10x (12x)',
        met: growth <= 12,
      },
    );
  }
  return rows;
}

function round(n: number, scale = 100): number {
  return Math.round(n * scale) / scale;
}
