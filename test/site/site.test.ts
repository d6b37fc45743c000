/**
 * The published site in a real Chromium: the fixture site (bundled content plus the rendering
 * safety runbook) is built once, served on 127.0.0.1 and visited page by page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readSourceFiles } from '@stepwise/docusaurus-plugin';
import { loadProject } from '@stepwise/project';
import { holdsDictionary, initialScripts } from '../../bench/siteAssets';
import { runCli } from '../helpers/runCli';
import { SCREENSHOTS, useBuiltSite } from './builtSite';
import { buildSite, ROOT, withBuildLock } from './siteBuild';

const project = loadProject(readSourceFiles(ROOT, ['runbooks', 'test/site/fixtures/runbooks', 'policy', 'policy/standards']).files);

const site = useBuiltSite();

/** Opens a page and fails on any uncaught error in it. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await site.open(path);
  expect(opened.status, path).toBe(200);
  return opened;
}

function sitemapPaths(): string[] {
  const xml = readFileSync(join(site.outDir, 'sitemap.xml'), 'utf8');
  return [...xml.matchAll(/<loc>https?:\/\/[^/<]+([^<]*)<\/loc>/g)].map((m) => m[1]!);
}

describe('the built site', () => {
  it('renders every route in the sitemap, with its heading and no error', { timeout: 180_000 }, async () => {
    const paths = sitemapPaths();
    const expected = new Map<string, string>([
      ['/runbooks/', 'Runbooks'],
      ['/policies/', 'Password policies'],
      ['/standards/', 'Standards'],
      ['/audit', 'Audit'],
      ['/checker', 'Password checker'],
    ]);
    for (const { runbook } of project.runbooks) expected.set(`/runbooks/${runbook.id}`, runbook.title);
    for (const [id, policy] of project.policies) expected.set(`/policies/${id}`, policy.title);
    for (const [id, { standard }] of project.standards) expected.set(`/standards/${id}`, standard.title);
    for (const path of expected.keys()) expect(paths, `sitemap lists ${path}`).toContain(path);

    for (const path of paths) {
      const { page, errors } = await open(path);
      const heading = (await page.locator('h1').first().textContent())?.trim();
      if (expected.has(path)) expect(heading, path).toBe(expected.get(path));
      else expect(heading, path).toBeTruthy();
      expect(await page.locator('text=This page crashed').count(), path).toBe(0);
      expect(errors, path).toEqual([]);
      await page.close();
    }
  });

  it('shows every step of a runbook with its checks, evidence, commands and clause links', async () => {
    const { runbook } = project.runbooks.find((r) => r.runbook.id === 'exchange-password-reset')!;
    const { page } = await open(`/runbooks/${runbook.id}`);
    for (const step of runbook.steps) {
      const section = page.locator(`section[id="${step.id}"]`);
      await expect(section.locator('h3').textContent()).resolves.toContain(step.title);
      for (const check of step.checks ?? []) expect(await section.locator(`li[id="${step.id}-${check.id}"]`).count()).toBe(1);
      for (const clause of step.clauses ?? []) expect(await section.locator(`a[href*="#${clause}"]`).count(), `${step.id} -> ${clause}`).toBeGreaterThan(0);
      expect(await section.locator('pre').count()).toBe(step.commands?.length ?? 0);
    }
    // Commands come with the theme's copy button.
    expect(await page.locator('button[aria-label*="opy"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('leads an auditor from a clause to the policy rules and runbook steps that answer it', async () => {
    const { page } = await open('/standards/nist-800-63b-4');
    const clause = page.locator('section[id="N4-3.1.1.2-1a"]');
    const ruleLink = clause.locator('a[href^="/policies/exchange-org#rule-length"]');
    expect(await ruleLink.count()).toBe(1);
    const stepLinks = clause.locator('a[href^="/runbooks/exchange-password-reset#"]');
    expect(await stepLinks.count()).toBeGreaterThan(0);
    // Steps are listed under their runbook's title, which is named once.
    expect(await clause.getByText('Reset an Exchange mailbox password', { exact: true }).count()).toBe(1);
    const stepHref = (await stepLinks.first().getAttribute('href'))!;
    await ruleLink.click();
    await page.waitForURL(/\/policies\/exchange-org#rule-length$/);
    // Client-side navigation: the URL changes before the new page has rendered.
    await page.locator('tr[id="rule-length"]').waitFor({ state: 'attached', timeout: 15_000 });
    expect(await page.locator('tr[id="rule-length"]').count()).toBe(1);
    await page.goto(`${site.server.url}${stepHref}`);
    expect(await page.locator(`section[id="${stepHref.split('#')[1]}"]`).count()).toBe(1);
    await page.close();
  });

  it('shows who can do each step, the steps-by-roles matrix and the placeholders (issue 12)', async () => {
    const { runbook } = project.runbooks.find((r) => r.runbook.id === 'exchange-password-reset')!;
    const { page } = await open(`/runbooks/${runbook.id}`);
    const contain = page.locator('section[id="contain-compromise"] [data-testid="step-requirements"]');
    await expect(contain.textContent()).resolves.toContain('User.RevokeSessions.All');
    expect(await contain.locator('a[href^="https://learn.microsoft.com/entra/identity/role-based-access-control/permissions-reference#authentication-administrator"]').count()).toBe(1);
    const matrix = page.locator('[data-testid="permission-matrix"]');
    await expect(matrix.locator('thead').textContent()).resolves.toContain('Privileged Authentication Administrator');
    expect(await matrix.locator('tbody tr').count()).toBe(runbook.steps.filter((st) => st.requires || st.commands?.some((c) => c.requires)).length);
    await expect(page.locator('[data-testid="placeholders"]').textContent()).resolves.toContain('<domain.example>');
    await page.close();
    const audit = await open('/audit');
    expect(await audit.page.locator('[data-testid="permission-matrix"]').count()).toBe(project.runbooks.filter((r) => r.runbook.steps.some((st) => st.requires)).length);
    await audit.page.close();
  });

  it('shows the conformance matrix with a cell for every policy and standard', async () => {
    const { page } = await open('/audit');
    const cells = page.locator('table').first().locator('tbody td a[href*="#conformance-"]');
    expect(await cells.count()).toBe(project.policies.size * project.standards.size);
    // Traceability: every step of every runbook, under one heading per runbook.
    expect(await page.locator('#traceability ~ div tbody tr[data-step]').count()).toBe(project.runbooks.reduce((n, r) => n + r.runbook.steps.length, 0));
    expect(await page.locator('#traceability ~ div th[scope="rowgroup"]').count()).toBe(project.runbooks.length);
    expect(await page.locator('text=policy/exchange-org.yaml').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('renders the rendering-safety fixture inert (security reference item 9)', async () => {
    const dialogs: string[] = [];
    const { page } = await open('/runbooks/xss-fixture');
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.waitForLoadState('networkidle');
    const main = page.locator('main');
    const found = await page.evaluate(() => {
      const root = document.querySelector('main')!;
      const handlers = [...root.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`));
      const javascriptUrls = [...root.querySelectorAll('[href],[src]')].map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '').filter((url) => /^\s*javascript:/i.test(url));
      return {
        scripts: root.querySelectorAll('script').length,
        iframes: root.querySelectorAll('iframe, img[src="x"]').length,
        handlers,
        javascriptUrls,
        flag: (window as unknown as { __stepwiseXss?: string }).__stepwiseXss ?? null,
      };
    });
    expect(found).toEqual({ scripts: 0, iframes: 0, handlers: [], javascriptUrls: [], flag: null });
    expect(dialogs).toEqual([]);
    // The text is shown as written, not dropped.
    const text = await main.textContent();
    expect(text).toContain("<script>window.__stepwiseXss = 'script'</script>");
    expect(text).toContain("{eval('1')}");
    expect(text).toContain("import x from 'y'");
    // The static HTML is as inert as the hydrated page.
    const html = readFileSync(join(site.outDir, 'runbooks/xss-fixture/index.html'), 'utf8');
    expect(html).not.toMatch(/<script>window\.__stepwiseXss/);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/href=["']?javascript:/i);
    await page.screenshot({ path: join(SCREENSHOTS, 'runbook-xss-fixture.png'), fullPage: false });
    await page.close();
  });

  it('finds a runbook step by a word from its body with the offline search', async () => {
    const { page } = await open('/');
    const input = page.locator('input.navbar__search-input');
    const search = async (word: string) => {
      await page.waitForSelector('html[data-has-hydrated="true"]');
      await input.click();
      await input.fill(word);
      // Suggestion class names are CSS-module hashed (stack guide, pitfall 7).
      await page.locator('[class*="suggestion_"] mark').first().waitFor({ timeout: 15_000 });
      return page.locator('[class*="suggestion_"]').allTextContents();
    };
    // A word that appears only in a step body of the fixture runbook.
    const fixture = await search('quasarfixture');
    expect(fixture[0]).toContain('Rendering safety fixture');
    await page.locator('[class*="suggestion_"]').first().click();
    await page.waitForURL(/\/runbooks\/xss-fixture/);
    // The second search from a freshly loaded page: typed right after the suggestion's
    // client-side navigation, it once never opened its list in a loaded full run (the cause is
    // not established); what this test proves is the index, not that sequence.
    await page.goto(`${site.server.url}/`, { waitUntil: 'load' });
    // And one from a step of the Exchange runbook (step "Warn about phishing…").
    const exchange = await search('forwarding');
    expect(exchange.some((text) => text.includes('Reset an Exchange mailbox password'))).toBe(true);
    await page.close();
  }, 60_000);

  it('serves the JSON schemas at their stable URLs', async () => {
    for (const [path, id] of [
      ['/schemas/runbook.json', 'https://stepwise.dev/schemas/runbook.json'],
      ['/schemas/policy.json', 'https://stepwise.dev/schemas/policy.json'],
    ] as const) {
      const response = await fetch(`${site.server.url}${path}`);
      expect(response.status).toBe(200);
      expect(((await response.json()) as { $id: string }).$id).toBe(id);
    }
  });

  it('ships no estimator dictionary in any page’s initial JavaScript', { timeout: 60_000 }, async () => {
    const checked = new Set<string>();
    for (const path of ['/', '/runbooks/exchange-password-reset', '/policies/exchange-org', '/standards/nist-800-63b-4', '/audit', '/checker', '/docs/intro']) {
      for (const script of await initialScripts(site.browser.context, site.server.url, path)) {
        if (checked.has(script)) continue;
        checked.add(script);
        expect(holdsDictionary(readFileSync(join(site.outDir, script), 'utf8')), `${path}: ${script}`).toBe(false);
      }
    }
    expect(checked.size).toBeGreaterThan(2);
  });

  it('keeps a screenshot of each page type, in light and dark mode', { timeout: 120_000 }, async () => {
    const shots: [string, string][] = [
      ['home', '/'],
      ['runbook-list', '/runbooks/'],
      ['runbook', '/runbooks/exchange-password-reset'],
      ['policy-list', '/policies/'],
      ['policy', '/policies/exchange-org'],
      ['standard-list', '/standards/'],
      ['standard', '/standards/nist-800-63b-4'],
      ['audit', '/audit'],
      ['docs', '/docs/intro'],
    ];
    for (const [name, path] of shots) {
      const { page } = await open(path);
      await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
      await page.emulateMedia({ colorScheme: 'dark' });
      await page.evaluate(() => localStorage.removeItem('theme'));
      await page.reload({ waitUntil: 'load' });
      expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
      await page.screenshot({ path: join(SCREENSHOTS, `${name}-dark.png`) });
      await page.close();
    }
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(site.requests.length).toBeGreaterThan(20);
    expect(site.requests.map((r) => r.url).filter((url) => !url.startsWith(site.server.url) && !/^(data|blob|about):/.test(url))).toEqual([]);
  });
});

describe('a broken YAML file', () => {
  it('fails `docusaurus build` with the same diagnostic as `stepwise validate`', async () => {
    const file = 'test/site/fixtures/broken/runbooks/broken-indent.yaml';
    const result = await withBuildLock(() => buildSite('broken', { runbooks: ['runbooks', 'test/site/fixtures/broken/runbooks'] }));
    expect(result.code).not.toBe(0);
    expect(result.output).toContain(`${file}:15:4  error  yaml-syntax  All sequence items must start at the same column`);
    expect(result.output).toContain('  15 |    - id: second\n     |    ^');
    // Same blocks as the CLI, summary line aside (the CLI checks one file, the site all of them).
    const cli = await runCli(['validate', '--no-color', file], { cwd: ROOT });
    const blocks = cli.stdout.split('\n\n').filter((block) => block.startsWith(file));
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(result.output).toContain(block);
  });
});
