import { describe, expect, it } from 'vitest';
import { exportAuditRecord, formatAuditMarkdown, verifyAuditRecord } from '@stepwise/runbook';
import { EXCHANGE_PATH, loadFixture } from './fixtures';
import { runThrough } from './exchangeRun';

// The real runbook (runbooks/exchange-password-reset.yaml), as it is now: complete runs of both
// variants, the failure branches, export and verification.
describe('Exchange password reset runbook', () => {
  const { runbook, source } = loadFixture(EXCHANGE_PATH);

  it.each(['on-premises', 'exchange-online'])('runs completely in the %s variant and verifies', async (variant) => {
    const run = await runThrough(runbook, source, variant);
    expect(run.state).toMatchObject({ complete: true, outcome: 'completed', blockers: [] });
    const branchOnly = runbook.steps.filter((s) => s.branchOnly).map((s) => s.id);
    for (const step of run.state.steps) expect(step.status).toBe(branchOnly.includes(step.id) ? 'bypassed' : 'done');
    expect(run.state.progress).toEqual({ done: runbook.steps.length - branchOnly.length, total: runbook.steps.length - branchOnly.length });
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
    expect(md).toContain('| Runbook | exchange-password-reset 1.0.0 |');
    const verify = runbook.steps.findIndex((st) => st.id === 'verify-identity');
    expect(md).toContain(`| ${verify + 1} | ${runbook.steps[verify]!.title} | done | alice@example.org | 2025-03-03T08:0${verify + 1}:00.000Z |`);
    expect(md).toContain('reason: Rotation reviewed last week \\| see CHG-1.');
    expect(md).toContain('User &lt;b&gt;already&lt;/b&gt; had MFA.');
    expect(md).not.toContain('<b>');
    // Every row of the steps table has the same number of cells: no value broke the table.
    const rows = md.split('\n').filter((l) => /^\| \d+ \|/.test(l) && l.split(/(?<!\\)\|/).length > 0);
    const cells = new Set(rows.slice(0, runbook.steps.length).map((l) => l.split(/(?<!\\)\|/).length));
    expect(cells.size).toBe(1);
  });
});
