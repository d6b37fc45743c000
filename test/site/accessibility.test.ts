/**
 * Accessibility as a test (issue 14 item 8): axe-core, run from its npm package inside real
 * Chromium, finds no serious or critical WCAG 2.1 A/AA violation on any route of the built site,
 * in light and dark mode, at 1366 and 390 px, nor in the interactive states (a run in progress,
 * a reason form open, the checker with results, the compare view, verify with a valid and a
 * tampered record); and no route scrolls sideways at 320 px (WCAG 2.1 1.4.10 Reflow).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { useBuiltSite } from './builtSite';
import { completeCurrent, current, download, startRun, UNLOCK_INPUTS, UNLOCK_RUN } from './checklistDriver';

const site = useBuiltSite();
/** Every page of the built site: each folder holding an `index.html`, as the static host serves it. */
function routes(outDir: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) {
        if (entry !== 'assets' && entry !== 'img') walk(path);
      } else if (entry === 'index.html') found.push(`/${relative(outDir, dir)}`.replace(/\/$/, '') || '/');
    }
  };
  walk(outDir);
  return found.sort();
}

async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
}

describe('axe-core on every route', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [1366, 390]) {
      it(`finds no serious violation in ${scheme} mode at ${width} px`, async () => {
        const page = await site.browser.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: width > 1000 ? 900 : 844 });
        const found: string[] = [];
        const all = routes(site.outDir);
        expect(all.length).toBeGreaterThan(30);
        for (const route of all) {
          await visit(page, route);
          expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe(scheme);
          for (const line of await axeViolations(page)) found.push(`${route}: ${line}`);
        }
        expect(found).toEqual([]);
        await page.close();
      }, 400_000);
    }
  }

  it('no route scrolls sideways at 320 px (wide tables scroll in their own box)', async () => {
    const page = await site.browser.context.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    const wide: string[] = [];
    for (const route of routes(site.outDir)) {
      await visit(page, route);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${route}: ${width} px`);
    }
    expect(wide).toEqual([]);
    await page.close();
  }, 200_000);
});

describe('axe-core in the interactive states', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no serious violation in ${scheme} mode: run in progress, reason form, checker, compare view, verify`, async () => {
      const page = await site.browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.setViewportSize({ width: 1366, height: 900 });
      const found: string[] = [];
      const check = async (state: string) => {
        for (const line of await axeViolations(page)) found.push(`${state}: ${line}`);
      };
      await visit(page, UNLOCK_RUN);
      await page.evaluate(() => localStorage.clear());
      await visit(page, UNLOCK_RUN);
      await startRun(page, 'Active Directory', UNLOCK_INPUTS);
      await completeCurrent(page);
      await check('run in progress');
      await current(page).getByRole('button', { name: 'Skip…' }).click();
      await check('reason form open');
      await page.keyboard.press('Escape');
      const record = await download(page, page.getByTestId('run-summary').getByRole('button', { name: 'Export JSON' }));
      await page.getByRole('button', { name: 'Close run' }).click();
      await page.getByRole('button', { name: 'Continue a run…' }).click();
      await check('continue form');

      await visit(page, '/checker');
      const field = page.getByTestId('checker-password');
      await field.focus();
      await field.pressSequentially('correct horse battery');
      await expect.poll(() => page.getByTestId('checker-verdict').getAttribute('data-verdict')).toMatch(/^(pass|fail)$/);
      await check('checker with results');
      await page.getByRole('button', { name: 'Compare with every policy' }).click();
      await expect.poll(() => page.locator('table').count()).toBeGreaterThan(0);
      await check('compare view');

      await visit(page, '/audit/verify');
      await page.getByTestId('record-input').fill(record.text);
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect.poll(() => page.getByTestId('verify-result').locator('[data-valid]').getAttribute('data-valid')).toBe('true');
      await check('verify, valid record');
      const tampered = JSON.parse(record.text);
      tampered.events[1].actor = 'Mallory';
      await page.getByTestId('record-input').fill(JSON.stringify(tampered));
      await page.getByRole('button', { name: 'Verify' }).click();
      await expect.poll(() => page.getByTestId('verify-result').locator('[data-valid]').getAttribute('data-valid')).toBe('false');
      await check('verify, tampered record');
      expect(found).toEqual([]);
      await page.close();
    }, 120_000);
  }
});
