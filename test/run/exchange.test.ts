import { describe, expect, it } from 'vitest';
import { exportAuditRecord, formatAuditMarkdown, verifyAuditRecord } from '@stepwise/runbook';
import { EXCHANGE_PATH, loadFixture } from './fixtures';
import { EXCHANGE_INPUTS, runThrough } from './exchangeRun';

// The real runbook (runbooks/exchange-password-reset.yaml), as it is now: complete runs of both
// variants, the failure branches, export and verification.
describe('Exchange password reset runbook', () => {
  const { runbook, source } = loadFixture(EXCHANGE_PATH);

  it.each(['on-premises', 'exchange-online'])('runs completely in the %s variant and verifies', async (variant) => {
    const run = await runThrough(runbook, source, variant);
    expect(run.state).toMatchObject({ complete: true, outcome: 'completed', blockers: [] });
    const branchOnly = runbook.steps.filter((s) => s.branchOnly).map((s) => s.id);
    // Steps for other account classes, administrator accounts and compromises do not apply to this run.
    const otherPaths = ['stop-break-glass', 'route-non-personal-account', 'take-over-admin-account', 'contain-compromise', 'hand-over-to-security'];
    for (const step of run.state.steps) expect(step.status, step.id).toBe(branchOnly.includes(step.id) ? 'bypassed' : otherPaths.includes(step.id) ? 'not-applicable' : 'done');
    const applicable = runbook.steps.length - branchOnly.length - otherPaths.length;
    expect(run.state.progress).toEqual({ done: applicable, total: applicable });
    expect(run.state.steps.at(-1)).toMatchObject({ id: 'close-ticket', status: 'done' });
    const record = JSON.parse(JSON.stringify(exportAuditRecord(run)));
    expect(await verifyAuditRecord(record, source, runbook)).toMatchObject({ valid: true, replayed: true });
  });

  it('escalates when identity verification fails, and the rest of the procedure is not reached', async () => {
    const run = await runThrough(runbook, source, 'on-premises', {
      'verify-identity': [{ type: 'fail', stepId: 'verify-identity', reason: 'The caller could not be reached on the number on record.' }],
    });
    expect(run.state.outcome).toBe('escalated');
    const status = Object.fromEntries(run.state.steps.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({ 'verify-identity': 'failed', 'contact-support': 'done', 'choose-password': 'bypassed', 'test-sign-in': 'bypassed' });
    expect((await verifyAuditRecord(exportAuditRecord(run), source, runbook)).valid).toBe(true);
  });

  it('retries the sign-in test after troubleshooting', async () => {
    const run = await runThrough(runbook, source, 'exchange-online', {
      'test-sign-in': [{ type: 'fail', stepId: 'test-sign-in', reason: 'Locked out by an old ActiveSync device.' }],
    });
    expect(run.state.outcome).toBe('completed');
    expect(run.state.steps.find((s) => s.id === 'test-sign-in')).toMatchObject({ status: 'done', visits: 2 });
    expect(run.state.steps.find((s) => s.id === 'troubleshoot')!.status).toBe('done');
  });

  it('exports Markdown for a ticket with the head hash, steps, skips with reasons and notes', async () => {
    const run = await runThrough(runbook, source, 'on-premises', {
      'review-rotation': [{ type: 'skip', stepId: 'review-rotation', reason: 'Rotation reviewed last week | see CHG-1.' }],
      'enable-mfa': [{ type: 'note', stepId: 'enable-mfa', note: 'User <b>already</b> had MFA.' }],
    });
    const record = exportAuditRecord(run);
    const md = formatAuditMarkdown(record, runbook);
    expect(md).toContain(`**Head hash: \`${record.headHash}\`** (${record.eventCount} events)`);
    expect(md).toContain(`| Runbook | exchange-password-reset ${runbook.version} |`);
    const verify = runbook.steps.findIndex((st) => st.id === 'verify-identity');
    // Started at 08:00, one minute per event: identify-need, classify-account, open-reset-portal, then verify-identity (the
    // account-class and administrator steps before it do not apply to this run and record nothing).
    expect(md).toContain(`| ${verify + 1} | ${runbook.steps[verify]!.title} | done | alice@example.org | 2025-03-03T08:04:00.000Z |`);
    expect(md).toContain('reason: Rotation reviewed last week \\| see CHG-1.');
    expect(md).toContain('User &lt;b&gt;already&lt;/b&gt; had MFA.');
    expect(md).not.toContain('<b>');
    // Every row of the steps table has the same number of cells: no value broke the table.
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l) && l.split(/(?<!\\)\|/).length > 0);
    const cells = new Set(rows.slice(0, runbook.steps.length).map((l) => l.split(/(?<!\\)\|/).length));
    expect(cells.size).toBe(1);
  });

  // The paths a service desk meets daily (issue 12, item 5), through the run engine.
  it('contains a suspected compromise right after the reset and hands it to security operations', async () => {
    const inputs = { ...EXCHANGE_INPUTS, reason: 'suspected-compromise', 'account-type': 'synchronized' };
    const run = await runThrough(runbook, source, 'exchange-online', {}, inputs);
    expect(run.state.outcome).toBe('completed');
    const order = run.state.steps.filter((s) => s.status === 'done').map((s) => s.id);
    expect(order.slice(order.indexOf('confirm-password'), order.indexOf('confirm-password') + 4)).toEqual(['confirm-password', 'contain-compromise', 'hand-over-to-security', 'update-other-services']);
    expect(order.indexOf('contain-compromise')).toBeLessThan(order.indexOf('test-sign-in'));
    expect((await verifyAuditRecord(exportAuditRecord(run), source, runbook)).valid).toBe(true);
  });

  it('contains on-premises too, where no Entra session exists', async () => {
    const run = await runThrough(runbook, source, 'on-premises', {}, { ...EXCHANGE_INPUTS, reason: 'suspected-compromise' });
    const status = Object.fromEntries(run.state.steps.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({ 'contain-compromise': 'done', 'hand-over-to-security': 'done' });
    expect(run.state.outcome).toBe('completed');
  });

  it('escalates a break-glass account at once, before anything is reset', async () => {
    const run = await runThrough(runbook, source, 'exchange-online', {}, { ...EXCHANGE_INPUTS, 'account-class': 'break-glass', 'account-type': 'cloud-only' });
    expect(run.state.outcome).toBe('escalated');
    const status = Object.fromEntries(run.state.steps.map((s) => [s.id, s.status]));
    expect(status).toMatchObject({ 'classify-account': 'done', 'stop-break-glass': 'done' });
    for (const id of ['verify-identity', 'choose-password', 'confirm-password']) expect(status[id], id).not.toBe('done');
  });

  it.each(['shared-mailbox', 'resource-mailbox', 'service-account', 'guest'])('routes a %s away without a reset (aborted)', async (accountClass) => {
    const run = await runThrough(runbook, source, 'exchange-online', {}, { ...EXCHANGE_INPUTS, 'account-class': accountClass, 'account-type': 'cloud-only' });
    expect(run.state.outcome).toBe('aborted');
    expect(run.state.steps.find((s) => s.id === 'confirm-password')!.status).not.toBe('done');
  });

  it('hands an administrator account to an identity administrator, who finishes the run', async () => {
    const run = await runThrough(runbook, source, 'exchange-online', {}, { ...EXCHANGE_INPUTS, privileged: true, 'account-type': 'cloud-only' });
    expect(run.state.outcome).toBe('completed');
    const takeOver = runbook.steps.find((s) => s.id === 'take-over-admin-account')!;
    expect(takeOver.role).toBe('identity-admin');
    expect(takeOver.requires?.entraRoles).toEqual(['Privileged Authentication Administrator']);
    expect(run.state.steps.find((s) => s.id === 'take-over-admin-account')!.status).toBe('done');
  });

  it('escalates a user who declines MFA, since the policy requires it', async () => {
    const run = await runThrough(runbook, source, 'exchange-online', {
      'enable-mfa': [{ type: 'fail', stepId: 'enable-mfa', reason: 'The user refused to register a method.' }],
    }, { ...EXCHANGE_INPUTS, 'account-type': 'cloud-only' });
    expect(run.state.outcome).toBe('escalated');
    expect(run.state.steps.find((s) => s.id === 'contact-support')!.status).toBe('done');
  });
});
