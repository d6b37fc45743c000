/**
 * axe-core, from its npm package, in a page: the serious and critical WCAG 2.0/2.1 A and AA
 * violations, one line per element. Shared by the site's accessibility test and the fresh
 * Docusaurus site's (test/packaging/docusaurusSite.test.ts).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** axe-core's tags for WCAG 2.0 and 2.1, levels A and AA. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type AxeRun = (context: Document | string, options: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[]; failureSummary: string }[] }[] }>;

/** Serious and critical violations in `selector` (the whole document by default) as it is now. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(
    async ({ tags, selector }) => {
      const run = await (window as unknown as { axe: { run: AxeRun } }).axe.run(selector ?? document, { runOnly: { type: 'tag', values: tags } });
      return run.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')}: ${n.failureSummary.split('\n')[1]?.trim() ?? ''}`));
    },
    { tags: TAGS, selector },
  );
}
