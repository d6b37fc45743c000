import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyAction, replay, startRun } from '@stepwise/runbook';
import { actionPlan, resolvePlan } from './actionArbitrary';
import { EXCHANGE_PATH, expectOk, loadFixture, startFixture, steppingClock } from './fixtures';
import { EXCHANGE_INPUTS } from './exchangeRun';

describe('replay determinism (property)', () => {
  it('any sequence of actions, accepted or refused, replays to the same state', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('cloud', 'onprem'), fc.boolean(), fc.array(actionPlan, { maxLength: 40 }), async (variant, admin, plans) => {
        let run = await startFixture(variant, { ticket: 'INC0001', account: 'ana@example.org', 'admin-account': admin });
        for (const plan of plans) {
          const before = run;
          const result = await applyAction(run, resolvePlan(run, plan));
          if (result.ok) run = result.run;
          else expect(run).toBe(before);
        }
        const replayed = replay(run.runbook, run.events);
        expect(replayed.ok).toBe(true);
        if (replayed.ok) expect(replayed.state).toEqual(run.state);
        // Invariants of the derived state.
        expect(run.state.progress.done).toBeLessThanOrEqual(run.state.progress.total);
        expect(run.state.complete).toBe(run.state.outcome !== null);
        expect(run.state.complete ? run.state.current : 'x').toBe(run.state.complete ? null : 'x');
        expect(run.state.steps.filter((s) => s.status === 'current').length).toBe(run.state.complete ? 0 : 1);
      }),
      { numRuns: 150 },
    );
  });
});

describe('replay determinism on the Exchange runbook (property)', () => {
  it('any sequence of actions replays to the same state', async () => {
    const { runbook, source } = loadFixture(EXCHANGE_PATH);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('on-premises', 'exchange-online'), fc.array(actionPlan, { maxLength: 60 }), async (variant, plans) => {
        let run = expectOk(await startRun({ runbook, runbookSource: source, variant, inputs: EXCHANGE_INPUTS, actor: 'pat', clock: steppingClock() }));
        for (const plan of plans) {
          const result = await applyAction(run, resolvePlan(run, plan));
          if (result.ok) run = result.run;
        }
        const replayed = replay(runbook, run.events);
        expect(replayed.ok && replayed.state).toEqual(run.state);
      }),
      { numRuns: 60 },
    );
  });
});
