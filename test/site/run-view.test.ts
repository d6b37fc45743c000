/**
 * The run view as an engineer works in it all day (issue 14): focus and scrolling that follow the
 * work, no silent loss (two tabs, discard and undo, a full storage), what the run is about on its
 * header, list, print and file name, the runbook page leading to the run, the embedded checker
 * judging for the run's account, and a stored run of another runbook source refused (issue 15).
 * Real Chromium against the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadRunbook, startRun as engineStart, applyAction } from '@stepwise/runbook';
import { useBuiltSite } from './builtSite';
import { ROOT } from './siteBuild';
import { checkboxes, completeCurrent, current, download, EXCHANGE_INPUTS, EXCHANGE_RUN, focused, localRuns, placement, startRun, UNLOCK_INPUTS, UNLOCK_RUN } from './checklistDriver';

const site = useBuiltSite();

async function fresh(path: string, viewport = { width: 1366, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await site.open(path);
  await page.setViewportSize(viewport);
  await page.evaluate(() => localStorage.clear());
  await page.reload({ waitUntil: 'load' });
  return { page, errors };
}

/** The current step's heading is focused and in full view below every sticky bar. */
async function expectCurrentHeadingFocusedAndVisible(page: Page): Promise<void> {
  const id = await current(page).locator('h4').getAttribute('id');
  await expect.poll(async () => (await focused(page)).id).toBe(id);
  const where = await placement(page, `[id="${id}"]`);
  expect(where.top, `heading top ${where.top} under the bars ending at ${where.bars}`).toBeGreaterThanOrEqual(where.bars - 1);
  expect(where.bottom).toBeLessThanOrEqual(where.viewport);
}

describe('focus and scrolling follow the work (issue 14 item 1)', () => {
  it('moves only when the current step changes: never on a tick or a field edit; forms give focus back; reload lands on the current step', async () => {
    const { page, errors } = await fresh(UNLOCK_RUN);
    await startRun(page, 'Active Directory', UNLOCK_INPUTS);
    await expectCurrentHeadingFocusedAndVisible(page);

    // A tick: the page does not move and focus stays on the box (38 of 38 ticks used to jump).
    const first = current(page);
    const boxes = checkboxes(first);
    for (let i = 0; i < (await boxes.count()); i++) {
      const box = boxes.nth(i);
      await box.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      await box.click();
      await expect.poll(() => box.isChecked()).toBe(true);
      expect(await page.evaluate(() => window.scrollY)).toBe(before);
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
    }

    // A reason form: Escape and Cancel give focus back to the button that opened it.
    await first.getByRole('button', { name: 'Skip…' }).click();
    expect((await focused(page)).tag).toBe('TEXTAREA');
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await focused(page)).opens).toBe('skip');
    await first.getByRole('button', { name: 'Add a note' }).click();
    await first.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(async () => (await focused(page)).opens).toBe('note');

    // Completing moves focus to the next step's heading, in view below the navbar and summary.
    await completeCurrent(page);
    await expectCurrentHeadingFocusedAndVisible(page);

    // An evidence edit does not move the page either.
    const evidence = current(page).locator('fieldset', { has: page.locator('legend', { hasText: 'Evidence' }) }).locator('input, select').first();
    if ((await evidence.count()) > 0 && (await evidence.evaluate((el) => el.tagName)) === 'INPUT') {
      await evidence.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      await evidence.fill('typed');
      expect(await page.evaluate(() => window.scrollY)).toBe(before);
      await evidence.fill('');
    }

    // After a reload, focus lands on the current step.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => current(page).count()).toBe(1);
    await expectCurrentHeadingFocusedAndVisible(page);

    // The last step: focus goes to the end panel with the export and the head hash.
    for (let guard = 0; guard < 20 && (await page.locator('[data-testid="run"]').getAttribute('data-outcome')) === 'open'; guard++) await completeCurrent(page);
    await expect.poll(async () => (await focused(page)).id).toMatch(/end$/);
    const end = await placement(page, '[data-testid="run-ended"]');
    expect(end.top).toBeGreaterThanOrEqual(end.bars - 1);
    expect(await page.getByTestId('end-head-hash').textContent()).toBe(await page.getByTestId('head-hash').textContent());

    // "Start another run" puts focus on the form; Cancel gives it to "Start a new run".
    await page.getByRole('button', { name: 'Start another run' }).click();
    await expect.poll(async () => (await focused(page)).text).toBe('Start a run');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(async () => (await focused(page)).text).toBe('Start a new run');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('the navbar search does not take focus back when its index arrives', async () => {
    const { page, errors } = await fresh(UNLOCK_RUN);
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    await page.route(/search-index.*\.json/, async (route) => {
      await released;
      await route.continue();
    });
    // The engineer clicks into the search (its index starts loading), then goes back to work.
    await page.locator('.navbar .navbar__search-input').click();
    const start = page.getByRole('button', { name: 'Start a new run' });
    await start.focus();
    const loaded = page.waitForResponse(/search-index.*\.json/);
    release();
    await loaded;
    // Give the search a few frames to act on its loaded index.
    await page.evaluate(() => new Promise((done) => setTimeout(done, 500)));
    expect(await start.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps the step heading below a compact sticky summary on a phone', async () => {
    const { page, errors } = await fresh(UNLOCK_RUN, { width: 390, height: 844 });
    await startRun(page, 'Active Directory', UNLOCK_INPUTS);
    await completeCurrent(page);
    await expectCurrentHeadingFocusedAndVisible(page);
    const summary = await page.getByTestId('run-summary').boundingBox();
    // Compact: well under a fifth of the screen (it was 354 of 844 px with the navbar).
    expect(summary!.height).toBeLessThan(844 / 5);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describe('no silent loss (issue 14 item 2)', () => {
  it('makes the stale tab read-only when another tab records on the same run', async () => {
    const a = await fresh(UNLOCK_RUN);
    await startRun(a.page, 'Active Directory', UNLOCK_INPUTS);
    const b = await site.open(UNLOCK_RUN);
    await expect.poll(() => current(b.page).count()).toBe(1);
    // Tab A records; tab B is told, and can no longer act.
    await completeCurrent(a.page);
    await expect.poll(() => b.page.getByTestId('run-stale').count()).toBe(1);
    expect(await b.page.getByTestId('run-stale').textContent()).toContain('another tab');
    const stored = await localRuns(a.page, 'account-unlock');
    await expect.poll(() => current(b.page).locator('input[type="checkbox"]').first().isDisabled()).toBe(true);
    expect(await localRuns(a.page, 'account-unlock')).toEqual(stored);
    // Reloading the run in tab B shows tab A's events and unlocks it.
    await b.page.getByRole('button', { name: 'Reload the run' }).click();
    await expect.poll(() => b.page.getByTestId('run-stale').count()).toBe(0);
    expect(await b.page.locator('li[data-step="confirm-lockout"]').getAttribute('data-status')).toBe('done');
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.page.close();
    await b.page.close();
  }, 60_000);

  it('refuses to overwrite a newer copy even before the storage event arrives', async () => {
    const { page, errors } = await fresh(UNLOCK_RUN);
    await startRun(page, 'Active Directory', UNLOCK_INPUTS);
    // Another tab's save, written behind this page's back (no storage event reaches this page).
    const [key] = Object.keys(await localRuns(page, 'account-unlock'));
    await page.evaluate((k) => {
      const stored = JSON.parse(localStorage.getItem(k)!);
      stored.events.push({ ...stored.events[0], seq: 2, hash: 'f'.repeat(64) });
      localStorage.setItem(k, JSON.stringify(stored));
    }, key!);
    const newer = await localRuns(page, 'account-unlock');
    await checkboxes(current(page)).first().click();
    await expect.poll(() => page.getByTestId('run-stale').count()).toBe(1);
    expect(await localRuns(page, 'account-unlock')).toEqual(newer);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('asks before discarding, and the discard can be undone', async () => {
    const { page, errors } = await fresh(UNLOCK_RUN);
    await startRun(page, 'Active Directory', UNLOCK_INPUTS);
    await page.getByRole('button', { name: 'Close run' }).click();
    const saved = await localRuns(page, 'account-unlock');
    expect(Object.keys(saved)).toHaveLength(1);
    const list = page.getByTestId('saved-runs');
    await list.getByRole('button', { name: 'Discard' }).click();
    await list.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(async () => (await focused(page)).text).toBe('Discard');
    expect(await localRuns(page, 'account-unlock')).toEqual(saved);
    await list.getByRole('button', { name: 'Discard' }).click();
    await list.getByRole('button', { name: 'Yes, discard' }).click();
    await expect.poll(async () => Object.keys(await localRuns(page, 'account-unlock')).length).toBe(0);
    await expect.poll(async () => (await focused(page)).text).toBe('Undo the discard');
    await page.getByRole('button', { name: 'Undo the discard' }).click();
    await expect.poll(() => localRuns(page, 'account-unlock')).toEqual(saved);
    await expect.poll(() => page.getByTestId('saved-runs').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says so when the storage is full, and offers the export', async () => {
    const { page, errors } = await fresh(UNLOCK_RUN);
    await startRun(page, 'Active Directory', UNLOCK_INPUTS);
    await page.evaluate(() => {
      Storage.prototype.setItem = function () {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await checkboxes(current(page)).first().click();
    const problem = page.getByTestId('save-problem');
    await expect.poll(() => problem.count()).toBe(1);
    expect(await problem.textContent()).toContain('full');
    const file = await download(page, problem.getByRole('button', { name: 'Export JSON' }));
    expect(JSON.parse(file.text).events.map((e: { action: string }) => e.action)).toEqual(['start', 'tick']);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the run says what it is about (issue 14 items 4, 7)', () => {
  it('shows ticket and account on the header, the saved list, the print and the export file name', async () => {
    const { page, errors } = await fresh(UNLOCK_RUN);
    await startRun(page, 'Active Directory', UNLOCK_INPUTS);
    expect(await page.getByTestId('run-label').textContent()).toBe('INC-0041875 · ana.lopez@example.org');
    const file = await download(page, page.getByTestId('run-summary').getByRole('button', { name: 'Export JSON' }));
    expect(file.name).toMatch(/^account-unlock-INC-0041875-\d{8}T\d{6}Z-[0-9a-f]{8}\.json$/);
    expect(await page.getByTestId('saved-runs').textContent()).toContain('INC-0041875 · ana.lopez@example.org');

    // Printed: inputs, the label and the head hash, no controls, steps free to break across pages.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('run-label').isVisible()).toBe(true);
    expect(await page.getByTestId('run-inputs').isVisible()).toBe(true);
    expect(await page.getByTestId('head-hash').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Complete step' }).isVisible()).toBe(false);
    expect(await current(page).evaluate((el) => getComputedStyle(el).breakInside)).toBe('auto');
    expect(await page.getByTestId('run-summary').evaluate((el) => getComputedStyle(el).position)).toBe('static');
    await page.emulateMedia({ media: 'screen' });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the runbook page leads to the work (issue 14 item 6)', () => {
  it('has "Start a run" in the first screen, links the run page from the runbook list, and shows each step once', async () => {
    const { page, errors } = await site.open('/runbooks/exchange-password-reset');
    await page.setViewportSize({ width: 1366, height: 900 });
    const start = page.getByTestId('start-run-link');
    expect((await start.boundingBox())!.y).toBeLessThan(700);
    expect(await start.getAttribute('href')).toMatch(/\/runbooks\/exchange-password-reset\/run$/);
    expect(await page.locator('[data-testid="checklist"]').count()).toBe(0);
    await page.goto(`${site.server.url}/runbooks/`);
    const links = await page.getByRole('link', { name: /^Start a run/ }).evaluateAll((els) => els.map((el) => el.getAttribute('href')));
    expect(links).toContain('/runbooks/exchange-password-reset/run');
    expect(links).toContain('/runbooks/account-unlock/run');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('a stored run of another runbook source (issue 15 item 4)', () => {
  it('is not resumed: listed as "could not be resumed", with its export', async () => {
    const file = join(ROOT, 'runbooks/account-unlock.yaml');
    const source = readFileSync(file, 'utf8');
    const loaded = loadRunbook(source, file);
    expect(loaded.runbook).toBeDefined();
    // The same runbook, made from a weakened copy of its source: a valid chain, another source hash.
    const started = await engineStart({ runbook: loaded.runbook!, runbookSource: `${source}\n# weakened copy\n`, actor: 'Mallory', clock: () => new Date('2026-01-01T10:00:00Z'), variant: 'active-directory', inputs: { ticket: 'INC-0000001', account: 'ana@example.org', 'knows-password': true } });
    expect(started.ok).toBe(true);
    const run = started.ok ? started.run : undefined;
    const ticked = await applyAction(run!, { type: 'note', note: 'made elsewhere' });
    const events = ticked.ok ? ticked.run.events : run!.events;
    const stored = { format: 'stepwise-browser-run', version: 1, runbookId: 'account-unlock', runId: 'foreign', actor: 'Mallory', savedAt: new Date().toISOString(), events };

    const { page, errors } = await fresh(UNLOCK_RUN);
    await page.evaluate((text) => localStorage.setItem('stepwise:v1:runs:account-unlock:foreign', text), JSON.stringify(stored));
    await page.reload({ waitUntil: 'load' });
    const alert = page.getByTestId('unresumable-run');
    await expect.poll(() => alert.count()).toBe(1);
    expect(await alert.textContent()).toContain('could not be resumed');
    expect(await alert.textContent()).toMatch(/source/i);
    expect(await page.locator('[data-testid="run"]').count()).toBe(0);
    const exported = await download(page, alert.getByRole('button', { name: 'Export it' }));
    expect(JSON.parse(exported.text).events).toEqual(JSON.parse(JSON.stringify(events)));
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the checker embedded in a run (issue 14 item 11)', () => {
  it('judges for the run\'s account: "Contoso2024!" fails for a contoso.com account', async () => {
    const { page, errors } = await fresh(EXCHANGE_RUN);
    await startRun(page, 'Exchange Server', EXCHANGE_INPUTS);
    for (let guard = 0; guard < 6 && (await current(page).getAttribute('data-step')) !== 'choose-password'; guard++) await completeCurrent(page);
    const step = current(page);
    expect(await step.getAttribute('data-step')).toBe('choose-password');
    // The account details are filled in from the run.
    await step.getByText(/^Account details/).click();
    expect(await step.getByLabel('E-mail address').inputValue()).toBe('ana.lopez@contoso.com');
    expect(await step.getByLabel('Organisation').inputValue()).toBe('contoso');
    const password = step.getByTestId('checker-password');
    await password.focus();
    await password.pressSequentially('Contoso2024!');
    await expect.poll(() => step.getByTestId('checker-verdict').getAttribute('data-verdict')).toBe('fail');
    await expect.poll(() => step.locator('li[data-rule="context"]').getAttribute('data-state')).toBe('fail');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
