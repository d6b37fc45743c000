import { describe, expect, it } from 'vitest';
import { applyAction, replay, startRun, type Run, type RunAction } from '@stepwise/runbook';
import { expectOk, FIXTURE_INPUTS, loadFixture, startFixture, statuses, steppingClock } from './fixtures';

const CLOUD_DONE: RunAction[] = [
  { type: 'complete', stepId: 'open-ticket', checks: ['ticket-open', 'requester-named'], evidence: { 'ticket-url': 'https://desk.example.org/INC123456' } },
  { type: 'complete', stepId: 'verify-identity', checks: ['callback'], evidence: { method: 'callback' } },
  { type: 'complete', stepId: 'reset-cloud', evidence: { 'reset-at': '2025-01-31T09:05:00Z' } },
  { type: 'complete', stepId: 'test-sign-in', evidence: { 'signed-in': true, attempts: 1 } },
  { type: 'complete', stepId: 'close', evidence: { summary: 'Reset done.' } },
];

async function act(run: Run, ...actions: RunAction[]): Promise<Run> {
  let current = run;
  for (const action of actions) current = expectOk(await applyAction(current, action));
  return current;
}

async function refused(run: Run, action: RunAction) {
  const result = await applyAction(run, action);
  if (result.ok) throw new Error(`accepted: ${JSON.stringify(action)}`);
  return result.error;
}

describe('startRun', () => {
  it('records runbook identity, source hash, variant, inputs and actor in the start event', async () => {
    const run = await startFixture();
    const [start] = run.events;
    expect(start).toMatchObject({ seq: 1, at: '2025-01-31T09:00:00.000Z', actor: 'alice', stepId: null, action: 'start', prevHash: '0'.repeat(64) });
    expect(start!.data).toEqual({ runbook: { id: 'fixture-reset', version: '1.0.0', sourceSha256: expect.stringMatching(/^[0-9a-f]{64}$/) }, variant: 'cloud', inputs: FIXTURE_INPUTS });
    expect(start!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('derives statuses: not-applicable by variant and input, bypassed branches, current first step', async () => {
    const run = await startFixture();
    expect(statuses(run)).toEqual({
      'open-ticket': 'current',
      'verify-identity': 'pending',
      'reset-onprem': 'not-applicable',
      'reset-cloud': 'pending',
      'admin-review': 'not-applicable',
      'test-sign-in': 'pending',
      'extra-step': 'bypassed',
      close: 'pending',
      troubleshoot: 'bypassed',
      'contact-support': 'bypassed',
    });
    expect(run.state.progress).toEqual({ done: 0, total: 5 });
    expect(run.state.current).toBe('open-ticket');
    expect(run.state.complete).toBe(false);
  });

  it('applies a step whose when names an input value', async () => {
    const run = await startFixture('onprem', { ...FIXTURE_INPUTS, 'admin-account': true });
    expect(statuses(run)['admin-review']).toBe('pending');
    expect(statuses(run)['reset-onprem']).toBe('pending');
    expect(statuses(run)['reset-cloud']).toBe('not-applicable');
  });

  it.each([
    [{ variant: null }, 'variant-required'],
    [{ variant: 'mainframe' }, 'unknown-variant'],
    [{ inputs: { ticket: 'INC123456', 'admin-account': false } }, 'input-missing'],
    [{ inputs: { ...FIXTURE_INPUTS, ticket: 'ticket 5' } }, 'input-invalid'],
    [{ inputs: { ...FIXTURE_INPUTS, account: 'not-an-email' } }, 'input-invalid'],
    [{ inputs: { ...FIXTURE_INPUTS, 'admin-account': 'yes' } }, 'input-invalid'],
    [{ inputs: { ...FIXTURE_INPUTS, priority: 'urgent' } }, 'input-invalid'],
    [{ inputs: { ...FIXTURE_INPUTS, password: 'Hunter2!' } }, 'input-unknown'],
    [{ actor: ' ' }, 'invalid-actor'],
    [{ clock: () => new Date(Number.NaN) }, 'invalid-time'],
  ])('refuses %j with %s', async (override, code) => {
    const { runbook, source } = loadFixture();
    const result = await startRun({ runbook, runbookSource: source, variant: 'cloud', inputs: FIXTURE_INPUTS, actor: 'alice', clock: steppingClock(), ...override });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe(code);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });

  it('accepts an optional choice input and leaves it out when absent', async () => {
    const run = await startFixture('cloud', { ...FIXTURE_INPUTS, priority: 'high' });
    expect(run.state.inputs.priority).toBe('high');
  });
});

describe('actions', () => {
  it('completes a whole run of the cloud variant, in order, with outcome completed', async () => {
    const run = await act(await startFixture(), ...CLOUD_DONE);
    expect(run.state.complete).toBe(true);
    expect(run.state.outcome).toBe('completed');
    expect(run.state.current).toBeNull();
    expect(run.state.blockers).toEqual([]);
    expect(run.state.progress).toEqual({ done: 5, total: 5 });
    expect(statuses(run)).toMatchObject({ 'open-ticket': 'done', close: 'done', 'extra-step': 'bypassed', troubleshoot: 'bypassed' });
    expect(run.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5, 6]);
    const open = run.state.steps.find((s) => s.id === 'open-ticket')!;
    expect(open).toMatchObject({ by: 'alice', at: '2025-01-31T09:00:01.000Z', seq: 2, ticked: ['requester-named', 'ticket-open'] });
  });

  it('ticks and unticks a sub-check; ticked checks count at completion', async () => {
    const run = await act(await startFixture(), { type: 'tick', stepId: 'open-ticket', checkId: 'ticket-open' });
    expect(run.state.steps[0]!.ticked).toEqual(['ticket-open']);
    expect(run.state.blockers.filter((b) => b.kind === 'check').map((b) => b.id)).toEqual(['requester-named']);
    const unticked = await act(run, { type: 'tick', stepId: 'open-ticket', checkId: 'ticket-open', ticked: false });
    expect(unticked.state.steps[0]!.ticked).toEqual([]);
    const done = await act(run, { type: 'complete', stepId: 'open-ticket', checks: ['requester-named'], evidence: { 'ticket-url': 'https://desk.example.org/1' } });
    expect(done.events.at(-1)!.data).toEqual({ evidence: { 'ticket-url': 'https://desk.example.org/1' }, checks: ['requester-named', 'ticket-open'] });
  });

  it('lists what blocks completion: the current step, its checks and evidence, then the steps ahead', async () => {
    const run = await startFixture();
    expect(run.state.blockers.map((b) => `${b.kind}:${b.stepId}${b.id ? `/${b.id}` : ''}`)).toEqual([
      'step:open-ticket',
      'check:open-ticket/ticket-open',
      'check:open-ticket/requester-named',
      'evidence:open-ticket/ticket-url',
      'step:verify-identity',
      'step:reset-cloud',
      'step:test-sign-in',
      'step:close',
    ]);
  });

  it('skips with a reason and moves on', async () => {
    const run = await act(await startFixture(), { type: 'skip', stepId: 'open-ticket', reason: '  Ticket opened by phone; the tool is down.  ' });
    expect(run.state.steps[0]).toMatchObject({ status: 'skipped', reason: 'Ticket opened by phone; the tool is down.' });
    expect(run.state.current).toBe('verify-identity');
    expect(run.state.progress).toEqual({ done: 1, total: 5 });
  });

  it('fails identity verification into the escalation branch, which ends the run escalated', async () => {
    let run = await act(await startFixture(), CLOUD_DONE[0]!, { type: 'fail', stepId: 'verify-identity', reason: 'Caller could not be reached on the number on record.' });
    expect(run.state.current).toBe('contact-support');
    expect(statuses(run)).toMatchObject({ 'verify-identity': 'failed', 'contact-support': 'current', 'reset-cloud': 'bypassed', close: 'bypassed' });
    expect(run.state.progress).toEqual({ done: 2, total: 3 });
    run = await act(run, { type: 'complete', stepId: 'contact-support' });
    expect(run.state).toMatchObject({ complete: true, outcome: 'escalated', current: null, blockers: [] });
  });

  it('retries after troubleshooting: the failed step is reached again and is pending afresh', async () => {
    let run = await act(await startFixture(), ...CLOUD_DONE.slice(0, 3), { type: 'fail', stepId: 'test-sign-in', reason: 'Account still locked.' });
    expect(statuses(run)).toMatchObject({ 'test-sign-in': 'failed', troubleshoot: 'current' });
    // The failed step is on the path again (the retry), so it counts as still to do.
    expect(run.state.progress).toEqual({ done: 3, total: 6 });
    run = await act(run, { type: 'complete', stepId: 'troubleshoot' });
    const retry = run.state.steps.find((s) => s.id === 'test-sign-in')!;
    expect(retry).toMatchObject({ status: 'current', visits: 2 });
    expect(retry.reason).toBeUndefined();
    run = await act(run, CLOUD_DONE[3]!, CLOUD_DONE[4]!);
    expect(run.state.outcome).toBe('completed');
    expect(run.state.progress).toEqual({ done: 6, total: 6 });
  });

  it('reopens a done step with a reason, making it current again and un-ending the run', async () => {
    const ended = await act(await startFixture(), ...CLOUD_DONE);
    const run = await act(ended, { type: 'reopen', stepId: 'test-sign-in', reason: 'User reports the sign-in failed after all.' });
    expect(run.state).toMatchObject({ complete: false, outcome: null, current: 'test-sign-in' });
    expect(run.state.trail).toEqual(['open-ticket', 'verify-identity', 'reset-cloud', 'close']);
    expect(run.state.steps.find((s) => s.id === 'test-sign-in')).toMatchObject({ status: 'current', reason: 'User reports the sign-in failed after all.' });
    // Completing it again reaches `close` again, which starts afresh.
    const again = await act(run, CLOUD_DONE[3]!);
    expect(again.state.current).toBe('close');
    expect(statuses(again).close).toBe('current');
  });

  it('adds notes to a step (even after the end) and to the whole run', async () => {
    const ended = await act(await startFixture(), ...CLOUD_DONE);
    const run = await act(ended, { type: 'note', stepId: 'verify-identity', note: 'Manager was also informed.' }, { type: 'note', note: 'Reviewed by the team lead.' });
    expect(run.state.steps[1]!.notes).toEqual([{ seq: 7, at: '2025-01-31T09:00:06.000Z', actor: 'alice', note: 'Manager was also informed.' }]);
    expect(run.state.notes.map((n) => n.note)).toEqual(['Reviewed by the team lead.']);
  });

  it('records another actor when given', async () => {
    const run = expectOk(await applyAction(await startFixture(), CLOUD_DONE[0]!, { actor: 'bob' }));
    expect(run.events.at(-1)!.actor).toBe('bob');
    expect(run.state.steps[0]!.by).toBe('bob');
  });
});

describe('refusals leave the run unchanged', () => {
  const cases: [string, RunAction, string][] = [
    ['an unknown step', { type: 'complete', stepId: 'nope' }, 'unknown-step'],
    ['a step that does not apply', { type: 'complete', stepId: 'reset-onprem' }, 'not-applicable'],
    ['a step that is not current', { type: 'complete', stepId: 'verify-identity', checks: ['callback'], evidence: { method: 'callback' } }, 'not-current'],
    ['completion with a sub-check unticked', { type: 'complete', stepId: 'open-ticket', checks: ['ticket-open'], evidence: { 'ticket-url': 'https://x.example' } }, 'checks-incomplete'],
    ['completion naming an unknown sub-check', { type: 'complete', stepId: 'open-ticket', checks: ['ticket-open', 'requester-named', 'extra'], evidence: { 'ticket-url': 'https://x.example' } }, 'unknown-check'],
    ['completion without required evidence', { type: 'complete', stepId: 'open-ticket', checks: ['ticket-open', 'requester-named'] }, 'evidence-missing'],
    ['evidence of the wrong type', { type: 'complete', stepId: 'open-ticket', checks: ['ticket-open', 'requester-named'], evidence: { 'ticket-url': 'javascript:alert(1)' } }, 'evidence-invalid'],
    ['undeclared evidence', { type: 'complete', stepId: 'open-ticket', checks: ['ticket-open', 'requester-named'], evidence: { 'ticket-url': 'https://x.example', password: 'S3ntinel-Value' } }, 'evidence-unknown'],
    ['a tick of an unknown sub-check', { type: 'tick', stepId: 'open-ticket', checkId: 'nope' }, 'unknown-check'],
    ['a skip without a reason', { type: 'skip', stepId: 'open-ticket', reason: '   ' }, 'reason-required'],
    ['a fail without onFail', { type: 'fail', stepId: 'open-ticket', reason: 'broken' }, 'no-on-fail'],
    ['a reopen of a step never resolved', { type: 'reopen', stepId: 'close', reason: 'why not' }, 'not-reopenable'],
    ['an empty note', { type: 'note', note: ' ' }, 'note-empty'],
    ['a note on an unknown step', { type: 'note', stepId: 'nope', note: 'x' }, 'unknown-step'],
  ];
  it.each(cases)('refuses %s', async (_name, action, code) => {
    const run = await startFixture();
    const before = JSON.stringify(run);
    const error = await refused(run, action);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/\w+/);
    expect(JSON.stringify(run)).toBe(before);
  });

  it('refuses a fail without a reason, even with onFail', async () => {
    const run = await act(await startFixture(), CLOUD_DONE[0]!);
    expect((await refused(run, { type: 'fail', stepId: 'verify-identity', reason: '' })).code).toBe('reason-required');
  });

  it('refuses actions on an ended run except notes and reopen', async () => {
    const run = await act(await startFixture(), ...CLOUD_DONE);
    expect((await refused(run, { type: 'complete', stepId: 'close' })).code).toBe('run-ended');
    expect((await refused(run, { type: 'skip', stepId: 'close', reason: 'x' })).code).toBe('run-ended');
  });

  it('refuses a clock that goes backwards', async () => {
    const run = await startFixture();
    const backwards = { ...run, context: { ...run.context, clock: () => new Date('2020-01-01T00:00:00Z') } };
    expect((await refused(backwards, CLOUD_DONE[0]!)).code).toBe('time-order');
  });
});

describe('secrets never enter a record', () => {
  it('refuses any value for a secret evidence field, and the value appears nowhere', async () => {
    const run = await act(await startFixture(), ...CLOUD_DONE.slice(0, 4));
    const sentinel = 'S3ntinel-Value!2025';
    const error = await refused(run, { type: 'complete', stepId: 'close', evidence: { 'temp-password': sentinel } });
    expect(error).toMatchObject({ code: 'secret-field', stepId: 'close', field: 'temp-password' });
    expect(error.message).not.toContain(sentinel);
    expect(JSON.stringify(run)).not.toContain(sentinel);
    // The step completes without it: a secret field is never required.
    const done = await act(run, { type: 'complete', stepId: 'close' });
    expect(done.state.outcome).toBe('completed');
    expect(JSON.stringify(done.events)).not.toContain(sentinel);
  });

  it('refuses a secret input', async () => {
    const { runbook, source } = loadFixture();
    const secretRunbook = { ...runbook, inputs: [...(runbook.inputs ?? []), { id: 'pin', label: 'PIN', type: 'text' as const, secret: true, required: false }] };
    const result = await startRun({ runbook: secretRunbook, runbookSource: source, variant: 'cloud', inputs: { ...FIXTURE_INPUTS, pin: '1234-S3ntinel' }, actor: 'alice', clock: steppingClock() });
    expect(result.ok ? 'accepted' : result.error.code).toBe('secret-field');
  });
});

describe('replay', () => {
  it('rebuilds exactly the live state from the events alone', async () => {
    const run = await act(await startFixture(), CLOUD_DONE[0]!, { type: 'note', note: 'hello' }, CLOUD_DONE[1]!, { type: 'reopen', stepId: 'verify-identity', reason: 'typo' });
    const replayed = replay(run.runbook, run.events);
    expect(replayed.ok).toBe(true);
    if (replayed.ok) expect(replayed.state).toEqual(run.state);
  });

  it('names the first event that is not a valid action at its point', async () => {
    const run = await act(await startFixture(), ...CLOUD_DONE);
    const events = run.events.map((e) => structuredClone(e));
    (events[3]!.data as { evidence: Record<string, unknown> }).evidence = {};
    const replayed = replay(run.runbook, events);
    expect(replayed).toMatchObject({ ok: false, seq: 4, error: { code: 'evidence-missing' } });
  });
});
