/**
 * The verify page with the head hash from the ticket (issue 14 item 5, issue 15 item 4): without
 * it a record is only "consistent" and the page says a truncation cannot be told from a shorter
 * run; with it, "matches the ticket" or a ticket-head-hash problem; each problem names its step.
 */
import { auditRecordToJson, exportAuditRecord, type AuditRecord } from '@stepwise/runbook';
import { describe, expect, it } from 'vitest';
import { runThrough } from '../run/exchangeRun';
import { EXCHANGE_PATH, loadFixture } from '../run/fixtures';
import { useBuiltSite } from './builtSite';

const site = useBuiltSite();

describe('issue 14 item 5 and issue 15 item 4: the verify page compares with the ticket', () => {
  it('says consistent without the head hash, matches with it, finds a truncation, and names the step of a problem', async () => {
    const { runbook, source } = loadFixture(EXCHANGE_PATH);
    const record = exportAuditRecord(await runThrough(runbook, source, 'exchange-online'));
    const json = auditRecordToJson(record);
    const { page, errors } = await site.open('/audit/verify');
    const result = page.getByTestId('verify-result').locator('[data-valid]');
    const verify = async (text: string, head: string) => {
      await page.getByTestId('record-input').fill(text);
      await page.getByTestId('head-input').fill(head);
      await page.getByRole('button', { name: 'Verify' }).click();
    };

    await verify(json, '');
    await expect.poll(() => result.getAttribute('data-matches-ticket')).toBe('not-compared');
    expect(await result.getAttribute('data-valid')).toBe('true');
    expect(await result.textContent()).toContain('Consistent record: not compared with the ticket');
    expect(await result.textContent()).toContain('a truncated record cannot be told from a shorter run');

    await verify(json, record.headHash.toUpperCase());
    await expect.poll(() => result.getAttribute('data-matches-ticket')).toBe('true');
    expect(await result.textContent()).toContain('Valid record: matches the ticket');

    const cut = structuredClone(record) as AuditRecord;
    cut.events = cut.events.slice(0, 6);
    cut.eventCount = 6;
    cut.headHash = cut.events[5]!.hash;
    await verify(JSON.stringify(cut), record.headHash);
    await expect.poll(() => result.getAttribute('data-matches-ticket')).toBe('false');
    expect(await result.getAttribute('data-valid')).toBe('false');
    expect(await result.locator('li[data-code="ticket-head-hash"]').count()).toBe(1);

    const tampered = structuredClone(record) as AuditRecord;
    tampered.events[3]!.actor = 'Mallory';
    await verify(JSON.stringify(tampered), '');
    await expect.poll(() => result.getAttribute('data-valid')).toBe('false');
    const problem = result.locator('li[data-code="hash-mismatch"]').first();
    const step = runbook.steps.findIndex((s) => s.id === tampered.events[3]!.stepId);
    expect(await problem.getAttribute('data-step')).toBe(tampered.events[3]!.stepId);
    expect(await problem.textContent()).toContain(`Event 4, step ${step + 1} “${runbook.steps[step]!.title}”`);

    await page.getByTestId('head-input').fill('not a hash');
    expect(await page.getByRole('button', { name: 'Verify' }).isDisabled()).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
