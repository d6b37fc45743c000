import { describe, expect, it } from 'vitest';
import { applyAction, exportAuditRecord, hashEvent, verifyAuditRecord, type AuditRecord, type Run, type RunEvent } from '@stepwise/runbook';
import { expectOk, loadFixture, startFixture } from '../run/fixtures';
import { completeCurrent } from '../run/exchangeRun';

async function finishedRun(): Promise<Run> {
  let run = await startFixture();
  run = expectOk(await applyAction(run, { type: 'note', note: 'Caller is travelling.' }));
  while (!run.state.complete) run = expectOk(await applyAction(run, completeCurrent(run)));
  return run;
}

/** Re-hashes every event from `from` on: what someone rebuilding the chain would do. */
async function rechain(events: RunEvent[], from = 0): Promise<RunEvent[]> {
  const out = events.map((e) => structuredClone(e));
  for (let i = from; i < out.length; i++) {
    out[i]!.prevHash = i === 0 ? '0'.repeat(64) : out[i - 1]!.hash;
    out[i]!.hash = await hashEvent(out[i]!);
  }
  return out;
}

describe('verifyAuditRecord', () => {
  it('accepts an untouched record, with the runbook source, and summarises it', async () => {
    const run = await finishedRun();
    const record = exportAuditRecord(run);
    const { source } = loadFixture();
    const result = await verifyAuditRecord(JSON.parse(JSON.stringify(record)), source, run.runbook);
    expect(result).toMatchObject({ valid: true, problems: [], headHash: record.headHash, replayed: true });
    expect(result.summary).toMatchObject({ variant: 'cloud', startedBy: 'alice', eventCount: record.eventCount, outcome: 'completed', actors: ['alice'] });
    expect(result.state).toEqual(run.state);
  });

  it('checks the chain alone without a runbook, and says it did not replay', async () => {
    const record = exportAuditRecord(await finishedRun());
    const result = await verifyAuditRecord(record);
    expect(result).toMatchObject({ valid: true, replayed: false });
  });

  it('reports an edited evidence value at its event, and the broken hash', async () => {
    const record = exportAuditRecord(await finishedRun());
    (record.events[3]!.data as { evidence: Record<string, unknown> }).evidence.method = 'manager';
    const result = await verifyAuditRecord(record);
    expect(result.valid).toBe(false);
    expect(result.problems[0]).toMatchObject({ seq: 4, code: 'hash-mismatch' });
  });

  it('reports a rebuilt chain that records an invalid action, by replay', async () => {
    const { runbook } = loadFixture();
    const record = exportAuditRecord(await finishedRun());
    // Step 3's evidence removed, and every hash from there on recomputed: the chain is intact.
    (record.events[3]!.data as { evidence: Record<string, unknown> }).evidence = {};
    record.events = await rechain(record.events, 3);
    record.headHash = record.events.at(-1)!.hash;
    expect((await verifyAuditRecord(record)).valid).toBe(true);
    const result = await verifyAuditRecord(record, undefined, runbook);
    expect(result.valid).toBe(false);
    expect(result.problems).toEqual([expect.objectContaining({ seq: 4, code: 'invalid-action' })]);
  });

  it('reports a runbook source that is not the one followed', async () => {
    const { source } = loadFixture();
    const result = await verifyAuditRecord(exportAuditRecord(await finishedRun()), `${source}\n# edited\n`);
    expect(result.problems).toEqual([expect.objectContaining({ seq: 1, code: 'runbook-source' })]);
    expect(result.replayed).toBe(false);
  });

  it('reports a header that names another runbook', async () => {
    const record = exportAuditRecord(await finishedRun());
    record.runbook = { ...record.runbook, version: '9.9.9' };
    expect((await verifyAuditRecord(record)).problems).toEqual([expect.objectContaining({ seq: null, code: 'runbook-identity' })]);
  });

  it('reports events whose times go backwards, even when rehashed', async () => {
    const record = exportAuditRecord(await finishedRun());
    record.events[4]!.at = '2020-01-01T00:00:00.000Z';
    record.events = await rechain(record.events);
    record.headHash = record.events.at(-1)!.hash;
    const result = await verifyAuditRecord(record);
    expect(result.problems).toEqual([expect.objectContaining({ seq: 5, code: 'time-order' })]);
  });

  it.each([
    ['not an object', 42, 'record-format'],
    ['another format', { format: 'x', formatVersion: 1, events: [] }, 'record-format'],
    ['a newer version', { format: 'stepwise-audit-record', formatVersion: 2, events: [] }, 'record-format'],
    ['no events', { format: 'stepwise-audit-record', formatVersion: 1, events: [] }, 'record-format'],
    ['garbage events', { format: 'stepwise-audit-record', formatVersion: 1, runbook: {}, eventCount: 1, headHash: 'x', events: [{ __proto__: { polluted: true } }] }, 'event-format'],
  ])('reports %s without throwing', async (_name, record, code) => {
    const result = await verifyAuditRecord(JSON.parse(JSON.stringify(record)));
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => p.code)).toContain(code);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('never records a secret through a secret field', async () => {
    let run = await startFixture();
    while (run.state.current !== 'close') run = expectOk(await applyAction(run, completeCurrent(run)));
    const refused = await applyAction(run, { type: 'complete', stepId: 'close', evidence: { 'temp-password': 'S3ntinel-Temp#4821' } });
    expect(refused.ok).toBe(false);
    const record: AuditRecord = exportAuditRecord(run);
    expect(JSON.stringify(record)).not.toContain('S3ntinel');
  });
});
