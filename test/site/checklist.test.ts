/**
 * The interactive checklist in a real Chromium against the built site: a whole run of the
 * Exchange runbook through the UI (variant, inputs, evidence, a skip with its reason, a reload
 * that resumes), the identity-verification failure branch, export and verification of the record
 * on /audit/verify (valid, then a tampered copy), and corrupt saved data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENSHOTS, useBuiltSite } from './builtSite';
import { completeCurrent, current, startRun, tickAll } from './checklistDriver';

const RUN_PAGE = '/runbooks/exchange-password-reset/run';
const KEY_PREFIX = 'stepwise:v1:runs:exchange-password-reset:';
/** Typed into the checker embedded in step 4: it must end up nowhere. */
const SENTINEL = 'S3ntinel-chk-Zx9';

const site = useBuiltSite();
const open = site.open;
let exported: { json: string; markdown: string; headHash: string } | undefined;

async function storage(page: Page): Promise<{ local: Record<string, string>; session: Record<string, string> }> {
  return page.evaluate(() => {
    const dump = (s: Storage) => Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i)!, s.getItem(s.key(i)!)!]));
    return { local: dump(localStorage), session: dump(sessionStorage) };
  });
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  return readFileSync((await file.path())!, 'utf8');
}

describe('the checklist', () => {
  it('runs the Exchange runbook to completion: evidence, a skip with its reason, reload resumes, export', async () => {
    const { page, errors } = await open(RUN_PAGE);
    await page.evaluate(() => localStorage.clear());
    await startRun(page, 'Exchange Server', {
      'Ticket number': 'INC-0041873',
      'Affected account': 'ana.lopez@example.org',
      'Account class': 'standard',
      'Reason for the reset': 'forgotten',
      'Who sets the new password': 'administrator',
      'The account holds an administrator role': 'no',
    });
    expect(await current(page).getAttribute('data-step')).toBe('identify-need');
    expect(await page.getByRole('progressbar').count()).toBe(1);

    const done: string[] = [];
    done.push(await completeCurrent(page)); // identify-need
    done.push(await completeCurrent(page)); // classify-account (a person's own account: the run goes on)
    // A required field left empty is refused by the engine, with its message at the field.
    const portal = current(page);
    await tickAll(portal);
    await portal.getByRole('button', { name: 'Complete step' }).click();
    await expect.poll(() => portal.locator('[role="alert"]').first().textContent()).toMatch(/required/);
    done.push(await completeCurrent(page)); // open-reset-portal
    done.push(await completeCurrent(page)); // verify-identity

    // Step 4 embeds the live checker for the runbook's policy and the generator.
    const choose = current(page);
    expect(await choose.getAttribute('data-step')).toBe('choose-password');
    const password = choose.getByTestId('checker-password');
    await password.focus();
    await password.pressSequentially(SENTINEL);
    await expect.poll(() => choose.getByTestId('checker-verdict').getAttribute('data-verdict')).toMatch(/^(pass|fail)$/);
    await choose.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect.poll(async () => ((await choose.getByTestId('generated-password').inputValue().catch(() => '')) || '').length).toBeGreaterThan(14);
    // The step's own checker in view, below the sticky run summary.
    await choose.getByTestId('checker-verdict').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -420);
    });
    await page.screenshot({ path: join(SCREENSHOTS, 'checklist-mid-run.png'), fullPage: false });
    done.push(await completeCurrent(page)); // choose-password

    // Reload mid-run: the run resumes where it was.
    const before = await current(page).getAttribute('data-step');
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => current(page).getAttribute('data-step')).toBe(before);
    for (const id of done) expect(await page.locator(`li[data-step="${id}"]`).getAttribute('data-status')).toBe('done');

    // Skip needs a reason: refused without one, accepted with one.
    done.push(await completeCurrent(page)); // confirm-password
    const skipped = current(page);
    const skippedId = (await skipped.getAttribute('data-step'))!;
    await skipped.getByRole('button', { name: 'Skip…' }).click();
    await skipped.getByRole('button', { name: 'Skip step' }).click();
    await expect.poll(() => skipped.locator('[role="alert"]').first().textContent()).toMatch(/why/i);
    await skipped.getByLabel(/Why is this step skipped/).fill('The user has no phone or tablet set up for mail.');
    await skipped.getByRole('button', { name: 'Skip step' }).click();
    await expect.poll(() => page.locator(`li[data-step="${skippedId}"]`).getAttribute('data-status')).toBe('skipped');

    for (let guard = 0; guard < 30 && (await page.locator('[data-testid="run"]').getAttribute('data-outcome')) === 'open'; guard++) await completeCurrent(page);
    expect(await page.locator('[data-testid="run"]').getAttribute('data-outcome')).toBe('completed');
    expect(await page.getByText('The run has ended').count()).toBe(1);

    const headHash = (await page.getByTestId('head-hash').textContent())!;
    expect(headHash).toMatch(/^[0-9a-f]{64}$/);
    const json = await download(page, 'Export JSON');
    const markdown = await download(page, 'Export Markdown');
    expect(JSON.parse(json).headHash).toBe(headHash);
    expect(markdown).toContain(headHash);
    expect(markdown).toContain('The user has no phone or tablet set up for mail.');
    exported = { json, markdown, headHash };

    // The run is saved under its versioned key; the password typed in step 4 is nowhere.
    const stored = await storage(page);
    const keys = Object.keys(stored.local).filter((k) => k.startsWith(KEY_PREFIX));
    expect(keys).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(SENTINEL);
    expect(page.url()).not.toContain(SENTINEL);
    expect(json + markdown).not.toContain(SENTINEL);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  it('verifies the exported record on /audit/verify, and finds the tampered event in a copy', async () => {
    expect(exported).toBeDefined();
    const { page, errors } = await open('/audit/verify');
    await page.getByTestId('record-input').fill(exported!.json);
    await page.getByRole('button', { name: 'Verify' }).click();
    const result = page.getByTestId('verify-result').locator('[data-valid]');
    await expect.poll(() => result.getAttribute('data-valid')).toBe('true');
    expect(await result.textContent()).toContain(exported!.headHash);
    expect(await result.textContent()).toContain('source hash and replay');

    const tampered = JSON.parse(exported!.json);
    tampered.events[4].actor = 'Mallory';
    await page.getByTestId('record-input').fill(JSON.stringify(tampered, null, 2));
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(() => result.getAttribute('data-valid')).toBe('false');
    const problems = result.locator('li[data-seq]');
    expect(await problems.first().getAttribute('data-seq')).toBe('5');
    expect(await problems.first().getAttribute('data-code')).toBe('hash-mismatch');
    expect(await problems.first().textContent()).toContain('Event 5');
    await page.screenshot({ path: join(SCREENSHOTS, 'verify-tampered.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('follows the identity-verification failure branch to an escalated end', async () => {
    const { page, errors } = await open(RUN_PAGE);
    // The completed run from the first test resumes; start another one.
    await page.getByRole('button', { name: 'Start another run' }).click();
    await startRun(page, 'Exchange Online', {
      'Ticket number': 'INC-0041874',
      'Affected account': 'ben.okafor@example.org',
      'Account class': 'standard',
      'Reason for the reset': 'suspected-compromise',
      'Who sets the new password': 'self-service',
      'Account type': 'cloud-only',
      'The account holds an administrator role': 'no',
    });
    await completeCurrent(page); // identify-need
    await completeCurrent(page); // classify-account
    await completeCurrent(page); // open-reset-portal
    const verify = current(page);
    expect(await verify.getAttribute('data-step')).toBe('verify-identity');
    await verify.getByRole('button', { name: 'Failed…' }).click();
    await verify.getByLabel(/What failed/).fill('The caller could not be reached on the number on record.');
    await verify.getByRole('button', { name: 'Mark failed' }).click();
    await expect.poll(() => page.locator('li[data-step="verify-identity"]').getAttribute('data-status')).toBe('failed');
    expect(await current(page).getAttribute('data-step')).toBe('contact-support');
    await completeCurrent(page);
    expect(await page.locator('[data-testid="run"]').getAttribute('data-outcome')).toBe('escalated');
    // Two runs saved, listed with resume and discard.
    const stored = await storage(page);
    expect(Object.keys(stored.local).filter((k) => k.startsWith(KEY_PREFIX))).toHaveLength(2);
    expect(await page.getByRole('button', { name: 'Resume' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('is one link away from the runbook page, and sets aside the steps that do not apply', async () => {
    const { page, errors } = await open('/runbooks/account-unlock');
    // The runbook page leads to the work (issue 14 item 6): "Start a run" in the first screen,
    // and the steps shown once (the run has its own page).
    const link = page.getByTestId('start-run-link');
    expect((await link.boundingBox())!.y).toBeLessThan(600);
    expect(await page.locator('[data-testid="checklist"]').count()).toBe(0);
    await link.click();
    await page.waitForURL(/\/runbooks\/account-unlock\/run$/);
    // Keyboard: the start button opens the form with Enter, a sub-check ticks with Space.
    await page.getByRole('button', { name: 'Start a new run' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Start the run' }).count()).toBe(1);
    await startRun(page, 'Active Directory', {
      'Ticket number': 'INC-0041875',
      'Affected account': 'ana.lopez@example.org',
      'The user still knows their current password': 'yes',
    });
    await expect.poll(() => page.locator('[data-testid="run"] [data-status="not-applicable"]').count()).toBe(1);
    expect(await page.locator('[data-testid="run"] [data-status="not-applicable"]').getAttribute('data-step')).toBe('route-to-reset');
    expect(await page.getByText('1 step does not apply to this run').count()).toBe(1);
    expect(await current(page).getAttribute('data-step')).toBe('confirm-lockout');
    const box = current(page).locator('input[type="checkbox"]').first();
    await box.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => box.isChecked()).toBe(true);

    // Complete, reopen with a reason (the step is current again), and a note on it.
    await completeCurrent(page);
    const confirm = page.locator('li[data-step="confirm-lockout"]');
    await confirm.getByRole('button', { name: 'Reopen…' }).click();
    await confirm.getByLabel(/Why is this step reopened/).fill('The lockout time was read from the wrong DC.');
    await confirm.getByRole('button', { name: 'Reopen step' }).click();
    await expect.poll(() => confirm.getAttribute('data-status')).toBe('current');
    await confirm.getByRole('button', { name: 'Add a note' }).click();
    await confirm.getByLabel('Note on this step').fill('PDC emulator checked.');
    await confirm.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => confirm.getByRole('list', { name: 'Notes' }).textContent()).toContain('PDC emulator checked.');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says a saved run could not be read, for malformed JSON and a __proto__ payload, and keeps the page working (security reference item 10)', async () => {
    const { page, errors } = await open(RUN_PAGE);
    await page.evaluate((prefix) => {
      localStorage.setItem(`${prefix}broken-json`, '{"format": "stepwise-browser-run", "events": [');
      localStorage.setItem(`${prefix}hostile`, '{"__proto__": {"polluted": true}, "format": "stepwise-browser-run", "version": 1}');
    }, KEY_PREFIX);
    await page.reload({ waitUntil: 'load' });
    const alerts = page.getByTestId('unreadable-run');
    await expect.poll(() => alerts.count()).toBe(2);
    expect(await alerts.first().textContent()).toContain('This saved run could not be read');
    expect(await page.evaluate(() => ({} as Record<string, unknown>)['polluted'])).toBeUndefined();
    // The page still works: discard both, then start a new run.
    for (let i = 0; i < 2; i++) {
      await alerts.first().getByRole('button', { name: 'Discard it' }).click();
      await alerts.first().getByRole('button', { name: 'Yes, discard' }).click();
    }
    await expect.poll(() => alerts.count()).toBe(0);
    const keys = Object.keys((await storage(page)).local);
    expect(keys.some((k) => k.endsWith('broken-json') || k.endsWith('hostile'))).toBe(false);
    expect(await page.getByRole('heading', { name: 'Checklist' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('sent no request beyond 127.0.0.1 and logged no password', () => {
    expect(site.requests.length).toBeGreaterThan(0);
    expect(site.requests.map((r) => r.url).filter((url) => !url.startsWith(site.server.url) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
    expect(site.consoleText.join('\n')).not.toContain(SENTINEL);
  });
});
