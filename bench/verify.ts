import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyEvent, auditRecordToJson, hashEvent, loadRunbook, replay, startRun, verifyAuditRecord, type RunEvent, type RunState, type Runbook, type UnhashedEvent } from '@stepwise/runbook';
import type { BenchRow } from './types';

const root = fileURLToPath(new URL('..', import.meta.url));
const RUNBOOK = 'test/fixtures/runbooks/fixture-reset.yaml';
const SIZES = [1_000, 10_000, 50_000] as const;

/**
 * Issue 15: replaying a record was quadratic (a state clone per event: 10,000 notes took 170 s
 * in `verify --runbook`). A record of n events (a start, then notes, as in the report) is verified
 * with its runbook, in process (the engine's cost) and as a whole `stepwise verify` process; each
 * size's time is divided by the previous size's, so linear growth shows as a ratio about equal to
 * the growth of the input (the hashes, checked for every event, are most of the cost). Baseline:
 * the old replay (structuredClone per event), on the smallest size (it takes minutes at 10,000).
 */
export async function benchVerify(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-bench-verify-'));
  try {
    const source = readFileSync(join(root, RUNBOOK), 'utf8');
    const runbook = loadRunbook(source, RUNBOOK).runbook!;
    const rows: BenchRow[] = [];
    const inProcess: number[] = [];
    const whole: number[] = [];
    for (const size of SIZES) {
      const events = await recordOf(runbook, source, size);
      const text = auditRecordToJson({ format: 'stepwise-audit-record', formatVersion: 1, runbook: (events[0]!.data as { runbook: { id: string; version: string; sourceSha256: string } }).runbook, eventCount: events.length, headHash: events.at(-1)!.hash, events });
      const file = join(dir, `record-${size}.json`);
      writeFileSync(file, text);
      const times = [];
      for (let k = 0; k < 3; k++) {
        const start = performance.now();
        const result = await verifyAuditRecord(text, source, runbook);
        times.push((performance.now() - start) / 1000);
        if (!result.valid) throw new Error(`record of ${size} events does not verify: ${result.problems[0]?.message}`);
      }
      inProcess.push(median(times));
      whole.push(median([timeProcess(file), timeProcess(file), timeProcess(file)]));
    }
    const small = await recordOf(runbook, source, SIZES[0]);
    const baseline = replaySeconds(small, (events) => oldReplay(runbook, events));
    const current = replaySeconds(small, (events) => replay(runbook, events).ok);
    rows.push({
      name: `replay alone, ${SIZES[0].toLocaleString('en')} events`,
      value: round(current),
      unit: 's',
      baseline: round(baseline),
      baselineName: 'old replay, a state clone per event',
      ratio: round(baseline / current),
      target: '>= 5x faster than the old replay',
      met: baseline / current >= 5,
    });
    SIZES.forEach((size, i) => {
      const growth = i === 0 ? undefined : SIZES[i]! / SIZES[i - 1]!;
      const ratio = (values: number[]) => (i === 0 ? undefined : round(values[i]! / values[i - 1]!));
      rows.push({
        name: `verifyAuditRecord with the runbook, ${size.toLocaleString('en')} events (in process)`,
        value: round(inProcess[i]!),
        unit: 's',
        ...(i === 0 ? {} : { baseline: round(inProcess[i - 1]!), baselineName: `${SIZES[i - 1]!.toLocaleString('en')} events`, ratio: ratio(inProcess)! }),
        target: i === 0 ? 'valid (the growth base)' : `growth <= ${growth}x for ${growth}x the events (linear)`,
        met: i === 0 ? true : ratio(inProcess)! <= growth! * 1.2,
      });
      rows.push({
        name: `stepwise verify --runbook, ${size.toLocaleString('en')} events (whole process)`,
        value: round(whole[i]!),
        unit: 's',
        ...(i === 0 ? {} : { baseline: round(whole[i - 1]!), baselineName: `${SIZES[i - 1]!.toLocaleString('en')} events`, ratio: ratio(whole)! }),
        target: i === 0 ? 'exit 0 (the growth base)' : `growth <= ${growth}x for ${growth}x the events (linear)`,
        met: i === 0 ? true : ratio(whole)! <= growth! * 1.2,
      });
    });
    return rows;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A start event, then `size - 1` notes on the whole run, chained and hashed as the engine does. */
async function recordOf(runbook: Runbook, source: string, size: number): Promise<RunEvent[]> {
  const clock = () => new Date('2025-01-31T09:00:00.000Z');
  const started = await startRun({ runbook, runbookSource: source, variant: 'cloud', inputs: { ticket: 'INC123456', account: 'ana@example.org', 'admin-account': false }, actor: 'alice', clock });
  if (!started.ok) throw new Error(started.error.message);
  const events = [...started.run.events];
  for (let seq = 2; seq <= size; seq++) {
    const body: UnhashedEvent = { seq, at: '2025-01-31T09:00:01.000Z', actor: 'alice', stepId: null, action: 'note', data: { note: `Note ${seq}: called the requester back.` }, prevHash: events.at(-1)!.hash };
    events.push({ ...body, hash: await hashEvent(body) });
  }
  return events;
}

/** The replay as it was before issue 15: the pure transition, which clones the state per event. */
function oldReplay(runbook: Runbook, events: RunEvent[]): boolean {
  let state: RunState | null = null;
  for (const { hash: _hash, ...event } of events) {
    const next = applyEvent(runbook, state, event);
    if (!next.ok) throw new Error(next.error.message);
    state = next.state;
  }
  return state !== null;
}

/** Median wall time of three runs, in seconds. */
function replaySeconds(events: RunEvent[], run: (events: RunEvent[]) => boolean): number {
  const times = [];
  for (let k = 0; k < 3; k++) {
    const start = performance.now();
    if (!run(events)) throw new Error('replay failed');
    times.push((performance.now() - start) / 1000);
  }
  return median(times);
}

function timeProcess(file: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/stepwise.mjs'), 'verify', file, '--runbook', RUNBOOK], { cwd: root, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`stepwise verify exited ${result.status}: ${result.stderr.slice(0, 500)}${result.stdout.slice(0, 500)}`);
  return seconds;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
