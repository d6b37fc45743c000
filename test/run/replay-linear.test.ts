import { applyAction, applyEvent, exportAuditRecord, MAX_RUN_EVENTS, replay, verifyAuditRecord, type RunEvent, type RunState } from '@stepwise/runbook';
import { describe, expect, it } from 'vitest';
import { expectOk, loadFixture, startFixture } from './fixtures';

async function someRun() {
  let run = await startFixture();
  run = expectOk(await applyAction(run, { type: 'note', note: 'first' }));
  run = expectOk(await applyAction(run, { type: 'tick', stepId: 'open-ticket', checkId: 'ticket-open' }));
  run = expectOk(await applyAction(run, { type: 'note', stepId: 'open-ticket', note: 'second' }));
  run = expectOk(await applyAction(run, { type: 'complete', stepId: 'open-ticket', evidence: { 'ticket-url': 'https://desk.example.org/t/1' }, checks: ['requester-named'] }));
  return run;
}

describe('issue 15 item 3: replay is linear, with a cap on events per record', () => {
  it('replays in place to exactly the state the pure transition gives, event by event', async () => {
    const run = await someRun();
    const { runbook } = loadFixture();
    let pure: RunState | null = null;
    for (const { hash: _h, ...event } of run.events) {
      const next = applyEvent(runbook, pure, event);
      expect(next.ok).toBe(true);
      if (next.ok) pure = next.state;
    }
    expect(replay(runbook, run.events)).toEqual({ ok: true, state: pure });
    expect(run.state).toEqual(pure);
  });

  it('a refused event leaves the state exactly as it was before it (every check runs before the first change)', async () => {
    const run = await someRun();
    const { runbook } = loadFixture();
    const last = run.events.at(-1)!;
    const bad: RunEvent = { ...last, data: { evidence: { 'ticket-url': 'not a link' }, checks: ['requester-named', 'ticket-open'] } };
    const result = replay(runbook, [...run.events.slice(0, -1), bad]);
    expect(result.ok).toBe(false);
    const before = replay(runbook, run.events.slice(0, -1));
    expect(result.state).toEqual(before.ok ? before.state : null);
  });

  it('the live transition stays pure: the given state is never changed', async () => {
    const run = await someRun();
    const snapshot = structuredClone(run.state);
    expectOk(await applyAction(run, { type: 'note', note: 'third' }));
    expect(run.state).toEqual(snapshot);
  });

  it(`refuses more than ${MAX_RUN_EVENTS} events: replay, verify and a new action`, async () => {
    const run = await someRun();
    const { runbook } = loadFixture();
    const many = Array.from({ length: MAX_RUN_EVENTS + 1 }, () => run.events[1]!);
    const replayed = replay(runbook, many);
    expect(replayed).toMatchObject({ ok: false, error: { code: 'too-many-events' } });
    const record = { ...exportAuditRecord(run), events: many, eventCount: many.length };
    const verified = await verifyAuditRecord(record);
    expect(verified.problems).toEqual([expect.objectContaining({ code: 'too-many-events', seq: null })]);
    const full = { ...run, events: Array.from({ length: MAX_RUN_EVENTS }, () => run.events[1]!) };
    const refused = await applyAction(full, { type: 'note', note: 'one more' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'too-many-events' } });
  });
});
