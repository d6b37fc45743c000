import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { exportAuditRecord, fillCommand, verifyAuditRecord } from '@stepwise/runbook';
import { loadFixture } from './fixtures';
import { runThrough } from './exchangeRun';

const MFA_PATH = fileURLToPath(new URL('../../runbooks/mfa-device-replacement.yaml', import.meta.url));
const INPUTS = { ticket: 'INC-0041900', account: 'ana.lopez@example.org', situation: 'lost-or-stolen', privileged: false };

// The lost or new MFA device runbook (issue 12, item 5), through the run engine.
describe('MFA device replacement runbook', () => {
  const { runbook, source } = loadFixture(MFA_PATH);
  const done = (run: Awaited<ReturnType<typeof runThrough>>) => run.state.steps.filter((s) => s.status === 'done').map((s) => s.id);

  it('closes out a lost phone before issuing a one-time pass, then registers, notifies and closes the ticket', async () => {
    const run = await runThrough(runbook, source, 'entra-id', {}, INPUTS);
    expect(run.state.outcome).toBe('completed');
    expect(done(run)).toEqual(['identify-request', 'verify-identity', 'close-out-lost-device', 'issue-temporary-access-pass', 'register-new-device', 'notify-account-holder', 'close-ticket']);
    expect((await verifyAuditRecord(exportAuditRecord(run), source, runbook)).valid).toBe(true);
  });

  it('with the old phone still working, issues no pass and removes the old method after the new one works', async () => {
    const run = await runThrough(runbook, source, 'entra-id', {}, { ...INPUTS, situation: 'replaced-old-available' });
    expect(done(run)).toEqual(['identify-request', 'verify-identity', 'register-new-device', 'remove-old-method', 'notify-account-holder', 'close-ticket']);
  });

  it('escalates when identity cannot be proven at the enrolment level, with nothing changed', async () => {
    const run = await runThrough(runbook, source, 'entra-id', {
      'verify-identity': [{ type: 'fail', stepId: 'verify-identity', reason: 'The caller could not come in or show ID.' }],
    }, INPUTS);
    expect(run.state.outcome).toBe('escalated');
    const status = Object.fromEntries(run.state.steps.map((s) => [s.id, s.status]));
    expect(status['issue-temporary-access-pass']).not.toBe('done');
    expect(status['close-out-lost-device']).not.toBe('done');
    expect(status.escalate).toBe('done');
  });

  it('hands an administrator account to Privileged Authentication Administrator', async () => {
    const run = await runThrough(runbook, source, 'entra-id', {}, { ...INPUTS, privileged: true });
    expect(done(run)).toContain('take-over-admin-account');
    expect(run.state.outcome).toBe('completed');
  });

  it('cites lost-factor proofing and notification, and fills the pass command with the run account', () => {
    const verify = runbook.steps.find((s) => s.id === 'verify-identity')!;
    expect(verify.clauses).toEqual(expect.arrayContaining(['A5-6.4.4', 'A5-6.4.3']));
    const tap = runbook.steps.find((s) => s.id === 'issue-temporary-access-pass')!;
    const filled = fillCommand(tap.commands![0]!, runbook.placeholders ?? [], { account: "o'brien@example.org" });
    expect(filled.code).toContain("New-MgUserAuthenticationTemporaryAccessPassMethod -UserId 'o''brien@example.org'");
    expect(filled.code).toMatch(/isUsableOnce = \$true/);
    expect(tap.body).toMatch(/Never send it\s+by email/);
  });
});
