import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchRow } from './types';

/**
 * `npm run bench`: every benchmark of the project, each figure beside a baseline measured in
 * the same process run, printed as one table and written as JSON to bench/results/ (ignored).
 * Select some with `npm run bench -- validate policy`.
 */
const SUITES: Record<string, () => Promise<BenchRow[]>> = {
  validate: async () => (await import('./validate')).benchValidate(),
  policy: async () => (await import('./policy')).benchPolicy(),
  site: async () => (await import('./site')).benchSite(),
  checker: async () => (await import('./checker')).benchChecker(),
  verify: async () => (await import('./verify')).benchVerify(),
  package: async () => (await import('./package')).benchPackage(),
};

const wanted = process.argv.slice(2);
const rows: (BenchRow & { suite: string })[] = [];
for (const [suite, run] of Object.entries(SUITES)) {
  if (wanted.length > 0 && !wanted.includes(suite)) continue;
  process.stderr.write(`bench: ${suite}…\n`);
  try {
    for (const row of await run()) rows.push({ suite, ...row });
  } catch (error) {
    rows.push({ suite, name: `${suite} failed: ${error instanceof Error ? error.message : String(error)}`, value: NaN, unit: '', target: 'runs', met: false });
  }
}

const header = ['suite', 'measure', 'value', 'baseline', 'ratio', 'target', 'met'];
const table = rows.map((r) => [
  r.suite,
  r.name,
  `${r.value} ${r.unit}`.trim(),
  r.baseline === undefined ? '' : `${r.baseline} ${r.unit} (${r.baselineName ?? 'baseline'})`,
  r.ratio === undefined ? '' : `${r.ratio}x`,
  r.target,
  r.met ? 'yes' : 'NO',
]);
const widths = header.map((h, i) => Math.max(h.length, ...table.map((row) => row[i]!.length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
process.stdout.write([line(header), line(widths.map((w) => '-'.repeat(w))), ...table.map(line)].join('\n') + '\n');

const out = fileURLToPath(new URL('./results/', import.meta.url));
mkdirSync(out, { recursive: true });
writeFileSync(`${out}bench.json`, JSON.stringify({ date: new Date().toISOString(), node: process.version, rows }, null, 2) + '\n');
process.stderr.write(`bench: wrote bench/results/bench.json (${rows.filter((r) => r.met).length}/${rows.length} targets met)\n`);
