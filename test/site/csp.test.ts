/**
 * Issue 7, item 3: the built site carries a content-security policy that forbids `unsafe-eval` and
 * any connection outside its own origin, and the pages work under it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/contentSecurityPolicy';
import { useBuiltSite } from './builtSite';

const site = useBuiltSite();

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? htmlFiles(join(dir, e.name)) : e.name.endsWith('.html') ? [join(dir, e.name)] : []));
}

describe('content-security policy (issue 7; security reference item 3)', () => {
  it('forbids eval and outside connections', () => {
    const directives = new Map(CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('is in the <head> of every page of the build', () => {
    const pages = htmlFiles(site.outDir);
    expect(pages.length).toBeGreaterThan(20);
    const escaped = CONTENT_SECURITY_POLICY.replace(/'/g, '&#x27;');
    const missing = pages.filter((file) => {
      const html = readFileSync(file, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      // The HTML minifier may drop the quotes around the attribute's value.
      return !/http-equiv="?Content-Security-Policy"?/.test(head) || !(head.includes(escaped) || head.includes(CONTENT_SECURITY_POLICY));
    });
    expect(missing.map((f) => f.slice(site.outDir.length))).toEqual([]);
  });

  it.each(['/', '/runbooks/exchange-password-reset', '/runbooks/exchange-password-reset/run', '/policies/exchange-org', '/checker', '/audit', '/audit/verify', '/docs/intro'])(
    '%s works under it: no violation, and eval is refused',
    async (path) => {
      const page = await site.browser.context.newPage();
      const violations: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
      });
      // Code run by the test driver is exempt from the page's policy, so the attempt is written
      // into the served page itself, as an inline script at the end of its body.
      const probe = "<script>try { document.documentElement.dataset.evalProbe = String((0, eval)('1 + 1')); } catch (e) { document.documentElement.dataset.evalProbe = e.name; }</script>";
      await page.route(`${site.server.url}${path}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: (await response.text()).replace('</body>', `${probe}</body>`) });
      });
      await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle');
      const evalOutcome = await page.evaluate(() => document.documentElement.dataset.evalProbe);
      expect(evalOutcome).toBe('EvalError');
      const connectOutcome = await page.evaluate(async () => {
        try {
          await fetch('http://192.0.2.1/collect', { method: 'POST', body: 'x' });
          return 'sent';
        } catch {
          return 'blocked';
        }
      });
      expect(connectOutcome).toBe('blocked');
      // The two refusals above are the only violations expected on the page.
      expect(violations.filter((v) => !/eval|192\.0\.2\.1/.test(v))).toEqual([]);
      await page.close();
    },
  );
});
