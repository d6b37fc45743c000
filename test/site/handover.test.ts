/**
 * Hand-over (issue 14 item 3): a run exported in one browser profile is continued in another
 * under the next engineer's name, each event keeping its actor; a tampered record is refused; the
 * terminal checklist continues a record made in the browser, and the browser one made by the
 * terminal. Real Chromium against the built site; the CLI in process.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAuditRecord, loadRunbook } from '@stepwise/runbook';
import { launchBrowser, type Browser } from '../helpers/browser';
import { runCli } from '../helpers/runCli';
import { useBuiltSite } from './builtSite';
import { ROOT } from './siteBuild';
import { completeCurrent, current, download, focused, startRun, UNLOCK_INPUTS, UNLOCK_RUN } from './checklistDriver';

const site = useBuiltSite();
const RUNBOOK_FILE = join(ROOT, 'runbooks/account-unlock.yaml');
let second: Browser;
beforeAll(async () => {
  // A second profile: its own localStorage, as on the next engineer's machine.
  second = await launchBrowser();
});
afterAll(async () => {
  await second?.close();
});

async function verify(json: string) {
  const source = readFileSync(RUNBOOK_FILE, 'utf8');
  return verifyAuditRecord(JSON.parse(json), source, loadRunbook(source, RUNBOOK_FILE).runbook);
}

async function continueWith(page: Page, record: { name: string; text: string }, actor: string, how: 'picker' | 'drop'): Promise<void> {
  await page.getByRole('button', { name: 'Continue a run…' }).click();
  await expect.poll(async () => (await focused(page)).text).toBe('Continue a run');
  if (how === 'picker') {
    await page.getByLabel('Exported record (JSON)').setInputFiles({ name: record.name, mimeType: 'application/json', buffer: Buffer.from(record.text) });
  } else {
    // Drag and drop: a real DataTransfer with the file, dropped on the zone.
    await page.getByTestId('record-drop').evaluate((zone, { name, text }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], name, { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, record);
  }
  await expect.poll(() => page.getByTestId('continue-summary').textContent()).toContain('Verified');
  await page.getByTestId('continue-run').getByLabel('Your name').fill(actor);
  await page.getByRole('button', { name: 'Continue the run' }).click();
  await expect.poll(() => page.locator('[data-testid="run"]').count()).toBe(1);
}

describe('hand-over between two browser profiles', () => {
  it('continues an exported run under the new name, and the step list shows who did what', async () => {
    const { page: alice, errors } = await site.open(UNLOCK_RUN);
    await alice.evaluate(() => localStorage.clear());
    await alice.reload({ waitUntil: 'load' });
    await startRun(alice, 'Active Directory', UNLOCK_INPUTS, 'Alice Agent');
    // A step with an escalation offers the export for hand-over.
    expect(await current(alice).getAttribute('data-step')).toBe('confirm-lockout');
    const early = await download(alice, current(alice).getByRole('button', { name: 'Export for hand-over (JSON)' }));
    expect(JSON.parse(early.text).events).toHaveLength(1);
    const first = await completeCurrent(alice);
    const record = await download(alice, alice.getByTestId('run-summary').getByRole('button', { name: 'Export JSON' }));
    expect(record.name).toContain('INC-0041875');

    const bob = await second.context.newPage();
    const bobErrors: string[] = [];
    bob.on('pageerror', (e) => bobErrors.push(e.message));
    await bob.goto(`${site.server.url}${UNLOCK_RUN}`, { waitUntil: 'load' });
    await continueWith(bob, record, 'Bob Second-Line', 'picker');
    expect(await bob.getByTestId('run-label').textContent()).toBe('INC-0041875 · ana.lopez@example.org');
    expect(await bob.getByTestId('run-summary').textContent()).toContain('continued by Bob Second-Line');
    expect(await current(bob).getAttribute('data-step')).toBe(await current(alice).getAttribute('data-step'));
    const bobs = await completeCurrent(bob);
    expect(await bob.locator(`li[data-step="${first}"]`).textContent()).toContain('Done by Alice Agent');
    expect(await bob.locator(`li[data-step="${bobs}"]`).textContent()).toContain('Done by Bob Second-Line');

    const continued = await download(bob, bob.getByTestId('run-summary').getByRole('button', { name: 'Export JSON' }));
    const events = JSON.parse(continued.text).events as { actor: string }[];
    expect(events[0]!.actor).toBe('Alice Agent');
    expect(events.at(-1)!.actor).toBe('Bob Second-Line');
    const verification = await verify(continued.text);
    expect(verification.problems).toEqual([]);
    expect(verification.summary!.actors).toEqual(['Alice Agent', 'Bob Second-Line']);
    expect(errors).toEqual([]);
    expect(bobErrors).toEqual([]);
    await bob.close();

    // A tampered copy is refused, by drag and drop too, with the reason in words.
    const tampered = JSON.parse(record.text);
    tampered.events[1].actor = 'Mallory';
    const carol = await second.context.newPage();
    await carol.goto(`${site.server.url}${UNLOCK_RUN}`, { waitUntil: 'load' });
    await carol.evaluate(() => localStorage.clear());
    await carol.reload({ waitUntil: 'load' });
    await carol.getByRole('button', { name: 'Continue a run…' }).click();
    await carol.getByTestId('record-drop').evaluate((zone, text) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([text], 'tampered.json', { type: 'application/json' }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, JSON.stringify(tampered));
    await expect.poll(() => carol.getByTestId('continue-run').locator('[role="alert"]').textContent()).toContain('does not verify');
    expect(await carol.locator('[data-testid="run"]').count()).toBe(0);
    await carol.close();
    await alice.close();
  }, 90_000);
});

describe('hand-over between the browser and the terminal', () => {
  it('the terminal --resume continues a record made in the browser', async () => {
    const { page, errors } = await site.open(UNLOCK_RUN);
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
    await startRun(page, 'Active Directory', UNLOCK_INPUTS, 'Alice Agent');
    await completeCurrent(page);
    const record = await download(page, page.getByTestId('run-summary').getByRole('button', { name: 'Export JSON' }));
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-handover-'));
    const file = join(dir, record.name);
    writeFileSync(file, record.text);
    const result = await runCli(['run', RUNBOOK_FILE, '--resume', file, '--actor', 'terminal-tom'], { cwd: dir, stdin: 'n\nNote from the terminal.\nq\n' });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Resuming');
    expect((await verify(readFileSync(file, 'utf8'))).valid).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('the browser continues a record made by the terminal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-handover-'));
    const file = join(dir, 'terminal.json');
    const inputs = ['--input', 'ticket=INC-0041876', '--input', 'account=ben@example.org', '--input', 'knows-password=yes'];
    const made = await runCli(['run', RUNBOOK_FILE, '--variant', 'active-directory', '--actor', 'terminal-tom', ...inputs, '--out', file], { cwd: dir, stdin: 'q\n' });
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const text = readFileSync(file, 'utf8');
    const page = await second.context.newPage();
    await page.goto(`${site.server.url}${UNLOCK_RUN}`, { waitUntil: 'load' });
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'load' });
    await continueWith(page, { name: 'terminal.json', text }, 'Browser Bea', 'drop');
    expect(await page.getByTestId('run-label').textContent()).toBe('INC-0041876 · ben@example.org');
    await completeCurrent(page);
    const continued = await download(page, page.getByTestId('run-summary').getByRole('button', { name: 'Export JSON' }));
    const verification = await verify(continued.text);
    expect(verification.problems).toEqual([]);
    expect(verification.summary!.actors).toEqual(['terminal-tom', 'Browser Bea']);
    await page.close();
  }, 60_000);
});
