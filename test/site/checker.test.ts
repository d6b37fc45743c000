/**
 * The live password checker in a real Chromium against the built site (security reference items
 * 7-8): per-rule verdicts as a sentinel password is typed, the compare view, the field's
 * attributes, dictionaries loaded on first focus only, no request while typing, and the sentinel
 * nowhere afterwards (storage, URL, console).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { holdsDictionary, initialScripts } from '../../bench/siteAssets';
import { SCREENSHOTS, useBuiltSite } from './builtSite';

const WEAK = 'S3ntinel-weak';
const STRONG = 'S3ntinel quartz lantern orbit mossy 42';

const site = useBuiltSite();

async function verdict(page: Page): Promise<string | null> {
  return page.getByTestId('checker-verdict').first().getAttribute('data-verdict');
}

describe('the live checker on /checker', () => {
  it('judges a weak and a strong sentinel rule by rule, privately, with dictionaries loaded on first focus (security reference items 7 and 8)', async () => {
    const page = await site.browser.context.newPage();
    const consoleText: string[] = [];
    const errors: string[] = [];
    page.on('console', (message) => consoleText.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto(`${site.server.url}/checker`, { waitUntil: 'load' });

    const field = page.getByTestId('checker-password');
    expect(await field.getAttribute('type')).toBe('password');
    expect(await field.getAttribute('autocomplete')).toBe('new-password');
    expect(await field.getAttribute('spellcheck')).toBe('false');
    expect(await field.getAttribute('autocapitalize')).toBe('off');
    expect(await page.getByText('never leaves your browser').count()).toBeGreaterThan(0);

    // No dictionary before the field is focused; the first focus fetches it from this site.
    const beforeFocus = scripts.length;
    const loadedBefore = scripts.map((url) => readFileSync(join(site.outDir, new URL(url).pathname), 'utf8'));
    expect(loadedBefore.some(holdsDictionary)).toBe(false);
    await field.focus();
    await expect.poll(() => scripts.slice(beforeFocus).some((url) => holdsDictionary(readFileSync(join(site.outDir, new URL(url).pathname), 'utf8')))).toBe(true);

    // Typing (with the dictionaries in): nothing is sent. The only requests allowed are the
    // site's own static chunks that Docusaurus prefetches for links coming into view as the page
    // grows (security reference item 7: "zero requests beyond the page's own static assets").
    await page.waitForLoadState('networkidle');
    const duringTyping = site.requests.length;
    await field.pressSequentially(WEAK);
    await expect.poll(() => verdict(page)).toBe('fail');
    expect(await page.locator('[data-rule="length"]').first().getAttribute('data-state')).toBe('fail');
    expect(await page.locator('[data-rule="blocklist"]').first().getAttribute('data-state')).toBe('pass');

    // The compare view: the same password under every shipped policy.
    await page.getByRole('button', { name: 'Compare with every policy' }).click();
    const rows = page.locator('tr[data-policy]');
    await expect.poll(() => rows.count()).toBe(9);
    await expect.poll(() => page.locator('tr[data-policy="exchange-org"]').getAttribute('data-verdict')).toBe('fail');
    await expect.poll(() => page.locator('tr[data-policy="ad-default"]').getAttribute('data-verdict')).toBe('pass');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(SCREENSHOTS, 'checker.png'), fullPage: true });

    await field.fill('');
    await field.pressSequentially(STRONG);
    await expect.poll(() => verdict(page)).toBe('pass');
    expect(await page.locator('[data-state="fail"]').count()).toBe(0);
    await expect.poll(() => page.locator('tr[data-verdict="pass"]').count()).toBe(9);
    const whileTyping = site.requests.slice(duringTyping);
    expect(whileTyping.filter((r) => r.method !== 'GET' || !r.url.startsWith(`${site.server.url}/assets/`) || r.url.includes('?'))).toEqual([]);
    expect(JSON.stringify(whileTyping)).not.toContain('S3ntinel');

    // Show and hide; paste is allowed.
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    expect(await field.getAttribute('type')).toBe('text');
    await page.getByRole('button', { name: 'Hide', exact: true }).click();
    expect(await field.getAttribute('type')).toBe('password');
    const pasted = await field.evaluate((input: HTMLInputElement) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'x');
      return input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    expect(pasted).toBe(true); // not cancelled: paste is never blocked

    // The policy selector changes the rules judged.
    await page.getByLabel('Policy', { exact: true }).selectOption('ad-default');
    await expect.poll(() => page.locator('[data-rule="composition"]').count()).toBe(1);

    // Afterwards the sentinel is nowhere: storage, URL, console.
    const stored = await page.evaluate(() => {
      const dump = (s: Storage) => Array.from({ length: s.length }, (_, i) => `${s.key(i)}=${s.getItem(s.key(i)!)}`).join('\n');
      return dump(localStorage) + dump(sessionStorage);
    });
    expect(stored).not.toContain('S3ntinel');
    expect(page.url()).not.toContain('S3ntinel');
    expect(consoleText.join('\n')).not.toContain('S3ntinel');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works under a content-security policy without unsafe-eval (checker and run engine)', async () => {
    const page = await site.browser.context.newPage();
    // The documents get the policy the published site runs under; Docusaurus needs inline scripts.
    await page.route(`${site.server.url}/**`, async (route) => {
      if (route.request().resourceType() !== 'document') return route.continue();
      const response = await route.fetch();
      // A probe that calls eval before any of the site's code: proof that the policy is in force.
      const body = (await response.text()).replace('<head>', `<head><script>try{window.evalProbe=eval("'ran'")}catch(e){window.evalProbe='blocked'}</script>`);
      await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:" } });
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    // Every violation but the probe's own.
    const violations = async () => {
      const { seen, probe } = await page.evaluate(() => ({ seen: (window as unknown as { cspViolations: string[] }).cspViolations, probe: (window as unknown as { evalProbe: string }).evalProbe }));
      expect(probe).toBe('blocked');
      expect(seen[0]).toMatch(/^script-src/);
      return seen.slice(1);
    };

    await page.goto(`${site.server.url}/checker`, { waitUntil: 'load' });
    const field = page.getByTestId('checker-password');
    await field.focus();
    await field.pressSequentially(STRONG);
    await expect.poll(() => verdict(page)).toBe('pass');
    expect(await violations()).toEqual([]);

    // The run engine: a ticket number checked against the runbook's pattern, events hashed.
    await page.goto(`${site.server.url}/runbooks/account-unlock/run`, { waitUntil: 'load' });
    await page.getByRole('button', { name: 'Start a new run' }).click();
    await page.getByRole('radio', { name: /Active Directory/ }).check();
    await page.getByLabel(/^Ticket number/).fill('INC-0041876');
    await page.getByLabel(/^Affected account/).fill('ana.lopez@example.org');
    await page.getByLabel(/^The user still knows/).selectOption('yes');
    await page.getByLabel('Your name').fill('Alice Agent');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await expect.poll(() => page.getByTestId('head-hash').count()).toBe(1);
    expect(await violations()).toEqual([]);
    // The policy is really in force: eval is refused (so the test above could fail).
    await page.close();
  });

  it('ships no estimator dictionary in the initial JavaScript of /checker', async () => {
    const files = await initialScripts(site.browser.context, site.server.url, '/checker');
    expect(files.length).toBeGreaterThan(0);
    expect(files.filter((file) => holdsDictionary(readFileSync(join(site.outDir, file), 'utf8')))).toEqual([]);
  });

  it('is on every policy page, for that policy', async () => {
    const page = await site.browser.context.newPage();
    await page.goto(`${site.server.url}/policies/nist-800-63b-4-single-factor`, { waitUntil: 'load' });
    const field = page.getByTestId('checker-password');
    await field.focus();
    await field.pressSequentially(WEAK);
    await expect.poll(() => verdict(page)).toBe('fail');
    expect(await page.getByTestId('checker-verdict').textContent()).toContain('NIST');
    await page.close();
  });

  it('sent no request beyond 127.0.0.1', () => {
    expect(site.requests.length).toBeGreaterThan(0);
    expect(site.requests.filter(({ url }) => !url.startsWith(site.server.url))).toEqual([]);
    expect(JSON.stringify(site.requests)).not.toContain('S3ntinel');
  });
});
