/**
 * The checker keeps the password out of the page (issue 14 item 10) and gives the rule verdicts
 * before the word lists arrive (item 9, the interface part): real Chromium against the built site.
 */
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdsDictionary } from '../../bench/siteAssets';
import { useBuiltSite } from './builtSite';

const SENTINEL = 'Q7-sentinel-pw-Zk4!x';
const site = useBuiltSite();

describe('the password stays out of the page', () => {
  it('never reaches the DOM (no value attribute), storage, the URL or the console', async () => {
    const { page, errors } = await site.open('/checker');
    const field = page.getByTestId('checker-password');
    expect(await field.getAttribute('autocomplete')).toBe('new-password');
    await field.focus();
    await field.pressSequentially(SENTINEL);
    await expect.poll(() => page.getByTestId('checker-verdict').getAttribute('data-verdict')).toMatch(/^(pass|fail)$/);
    expect(await field.inputValue()).toBe(SENTINEL);
    expect(await field.getAttribute('value')).toBeNull();
    // Shown, and compared with every policy: still nowhere in the markup.
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByRole('button', { name: 'Compare with every policy' }).click();
    await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain(SENTINEL);
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie);
    expect(stored).not.toContain(SENTINEL);
    expect(page.url()).not.toContain(SENTINEL);
    expect(site.consoleText.join('\n')).not.toContain(SENTINEL);
    expect(site.requests.map((r) => r.url).join('\n')).not.toContain(SENTINEL);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the checker before its word lists arrive', () => {
  it('shows the rule verdicts at once, and the strength verdict when the data comes', async () => {
    const { page, errors } = await site.open('/checker');
    // Hold every chunk of the word lists until released: a phone on a slow network.
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    await page.route('**/assets/js/*.js', async (route: Route) => {
      const response = await route.fetch();
      const body = await response.body();
      if (holdsDictionary(body.toString('utf8'))) await released;
      await route.fulfill({ response, body });
    });
    const field = page.getByTestId('checker-password');
    await field.focus();
    await field.pressSequentially('abc');
    const verdict = page.getByTestId('checker-verdict');
    await expect.poll(() => verdict.getAttribute('data-verdict')).toBe('fail');
    expect(await page.locator('li[data-rule="length"]').getAttribute('data-state')).toBe('fail');
    expect(await page.getByTestId('checker-waiting').textContent()).toContain('strength');
    expect(await page.locator('li[data-rule="strength"]').count()).toBe(0);
    release();
    await expect.poll(() => page.getByTestId('checker-waiting').count(), { timeout: 30_000 }).toBe(0);
    expect(await page.locator('li[data-rule="strength"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
