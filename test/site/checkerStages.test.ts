/**
 * The checker's staged loading in real Chromium against the built site (issue 14 item 9): with the
 * dictionary chunks held back, the rules that need no data are judged at once while the verdict
 * stays open (never "meets" before strength is known), and the stages follow in order as the
 * chunks are released: blocklist, preliminary strength (said so on the page), final.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsDictionary } from '../../bench/siteAssets';
import { useBuiltSite } from './builtSite';

const site = useBuiltSite();
/** Passes every rule of the policy but strength needs the estimator to say so. */
const PASSPHRASE = 'mosaic lantern quartz orbit violets';

describe('the checker loads its data in stages', () => {
  it('judges length and context at once, then the blocklist, then a preliminary and a final strength', async () => {
    const page = await site.browser.context.newPage();
    const held: (() => void)[] = [];
    const stagesSeen: string[] = [];
    // Hold every dictionary chunk until released, as a slow link would.
    await page.route('**/*.js', async (route) => {
      const path = join(site.outDir, new URL(route.request().url()).pathname);
      let isData = false;
      try {
        isData = holdsDictionary(readFileSync(path, 'utf8'));
      } catch {}
      if (isData) await new Promise<void>((release) => held.push(release));
      await route.continue();
    });
    await page.goto(`${site.server.url}/checker`, { waitUntil: 'load' });
    await page.waitForSelector('html[data-has-hydrated="true"]');
    const field = page.getByTestId('checker-password');
    const verdict = page.getByTestId('checker-verdict').first();
    await field.focus();
    await field.fill(PASSPHRASE);

    // Rules stage: length judged, blocklist and strength not shown, the verdict still open.
    await expect.poll(() => page.locator('[data-rule="length"]').first().getAttribute('data-state')).toBe('pass');
    expect(await verdict.getAttribute('data-stage')).toBe('rules');
    expect(await verdict.getAttribute('data-verdict')).toBe('pending');
    expect(await page.locator('[data-rule="strength"]').count()).toBe(0);
    stagesSeen.push('rules');

    // Release the chunks one at a time and watch the stages go by, in order.
    for (let k = 0; k < 10 && (await verdict.getAttribute('data-stage')) !== 'final'; k++) {
      await expect.poll(() => held.length, { timeout: 20_000 }).toBeGreaterThan(0);
      held.shift()!();
      await page.waitForTimeout(300);
      const stage = await verdict.getAttribute('data-stage');
      if (stage && stage !== stagesSeen.at(-1)) stagesSeen.push(stage);
      if (stage === 'preliminary') expect(await page.getByTestId('checker-preliminary').count()).toBe(1);
    }
    await expect.poll(() => verdict.getAttribute('data-stage'), { timeout: 20_000 }).toBe('final');
    if (stagesSeen.at(-1) !== 'final') stagesSeen.push('final');
    // One chunk released at a time: each stage shows, in order (blocklist, core, rest of the words).
    expect(stagesSeen).toEqual(['rules', 'blocklist', 'preliminary', 'final']);
    expect(await page.locator('[data-rule="strength"]').first().getAttribute('data-state')).not.toBeNull();
    expect(await page.getByTestId('checker-preliminary').count()).toBe(0);
    expect(['pass', 'fail']).toContain(await verdict.getAttribute('data-verdict'));
    await page.close();
  });
});
