import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runbookSchema } from '@stepwise/runbook';
import { writeRunbookCorpus } from './corpus';
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
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
