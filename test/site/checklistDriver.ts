/**
 * Drives the checklist in a page the way an engineer does (labels and roles, never internals):
 * shared by the browser tests of the run view.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

export const EXCHANGE_RUN = '/runbooks/exchange-password-reset/run';
export const UNLOCK_RUN = '/runbooks/account-unlock/run';

export const EXCHANGE_INPUTS: Record<string, string> = {
  'Ticket number': 'INC-0041873',
  'Affected account': 'ana.lopez@contoso.com',
  'Account class': 'standard',
  'Reason for the reset': 'forgotten',
  'Who sets the new password': 'administrator',
  'The account holds an administrator role': 'no',
};

export const UNLOCK_INPUTS: Record<string, string> = {
  'Ticket number': 'INC-0041875',
  'Affected account': 'ana.lopez@example.org',
  'The user still knows their current password': 'yes',
};

export async function startRun(page: Page, variant: string, inputs: Record<string, string>, actor = 'Alice Agent'): Promise<void> {
  if ((await page.getByRole('button', { name: 'Start the run' }).count()) === 0) await page.getByRole('button', { name: 'Start a new run' }).click();
  await page.getByRole('radio', { name: new RegExp(variant) }).check();
  for (const [label, value] of Object.entries(inputs)) {
    const field = page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)).first();
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value);
    else await field.fill(value);
  }
  await page.getByLabel('Your name').fill(actor);
  await page.getByRole('button', { name: 'Start the run' }).click();
  await expect.poll(() => page.locator('[data-testid="run"]').count()).toBe(1);
}

export function current(page: Page): Locator {
  return page.locator('li[data-status="current"]');
}

export function checkboxes(step: Locator): Locator {
  return step.locator('fieldset', { has: step.page().locator('legend', { hasText: 'Confirm' }) }).locator('input[type="checkbox"]');
}

export async function tickAll(step: Locator): Promise<void> {
  const boxes = checkboxes(step);
  const count = await boxes.count();
  for (let i = 0; i < count; i++) {
    const box = boxes.nth(i);
    if (!(await box.isChecked())) await box.click();
    await expect.poll(() => box.isChecked()).toBe(true);
  }
}

export async function fillEvidence(step: Locator): Promise<void> {
  const evidence = step.locator('fieldset', { has: step.page().locator('legend', { hasText: 'Evidence' }) });
  if ((await evidence.count()) === 0) return;
  const selects = evidence.locator('select');
  for (let i = 0; i < (await selects.count()); i++) {
    const values = await selects.nth(i).locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    await selects.nth(i).selectOption(values.includes('yes') ? 'yes' : values[0]!);
  }
  const inputs = evidence.locator('input');
  for (let i = 0; i < (await inputs.count()); i++) {
    const input = inputs.nth(i);
    const type = await input.getAttribute('type');
    const placeholder = await input.getAttribute('placeholder');
    const value = type === 'number' ? '2' : type === 'email' ? 'ana.lopez@example.org' : type === 'url' ? 'https://example.org/x' : placeholder?.endsWith('Z') ? new Date().toISOString() : 'Checked on the call.';
    await input.fill(value);
  }
}

export async function completeCurrent(page: Page): Promise<string> {
  const step = current(page);
  const id = (await step.getAttribute('data-step'))!;
  await tickAll(step);
  await fillEvidence(step);
  await step.getByRole('button', { name: 'Complete step' }).click();
  await expect.poll(() => page.locator(`li[data-step="${id}"]`).getAttribute('data-status')).not.toBe('current');
  return id;
}

export async function localRuns(page: Page, runbookId: string): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) out[key] = localStorage.getItem(key)!;
    }
    return out;
  }, `stepwise:v1:runs:${runbookId}:`);
}

/** Clicks a download button; returns the file's name and text. */
export async function download(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

/** The focused element, described: its tag, id and text (for messages when an assertion fails). */
export function focused(page: Page): Promise<{ tag: string; id: string; text: string; opens: string | null }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return { tag: el?.tagName ?? '', id: el?.id ?? '', text: (el?.textContent ?? '').trim().slice(0, 80), opens: el?.getAttribute('data-opens') ?? null };
  });
}

/**
 * Where an element is against the sticky bars: its top and bottom in the viewport, and the
 * bottom of the navbar and of the run summary (both sticky).
 */
export function placement(page: Page, selector: string): Promise<{ top: number; bottom: number; bars: number; viewport: number }> {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    const rect = el.getBoundingClientRect();
    const navbar = document.querySelector('.navbar')?.getBoundingClientRect().bottom ?? 0;
    const summary = document.querySelector('[data-testid="run-summary"]')?.getBoundingClientRect().bottom ?? 0;
    return { top: rect.top, bottom: rect.bottom, bars: Math.max(navbar, summary), viewport: window.innerHeight };
  }, selector);
}
