import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, serveStatic, type Browser, type StaticServer } from '../helpers/browser';
import { ensureFixtureSite, ROOT } from './siteBuild';

export const SCREENSHOTS = join(ROOT, 'artifacts/screenshots');

export interface BuiltSite {
  /** The built fixture site's folder. */
  outDir: string;
  server: StaticServer;
  browser: Browser;
  /** Every request the browser made during the file: method and URL. */
  requests: { method: string; url: string }[];
  /** Every console message of every page opened with `open`. */
  consoleText: string[];
  /** Opens a page of the site; `errors` collects uncaught errors and console errors. */
  open(path: string): Promise<{ page: Page; errors: string[]; status: number | undefined }>;
}

/**
 * The built fixture site (bundled content plus the rendering-safety runbook), served on
 * 127.0.0.1 with a headless Chromium, for one test file: registers the hooks that build (once
 * per change of the inputs), serve and close it.
 */
export function useBuiltSite(): BuiltSite {
  const site = { requests: [], consoleText: [] } as unknown as BuiltSite;
  site.open = async (path) => {
    const page = await site.browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      site.consoleText.push(message.text());
      if (message.type() === 'error') errors.push(message.text());
    });
    const response = await page.goto(`${site.server.url}${path}`, { waitUntil: 'load' });
    return { page, errors, status: response?.status() };
  };
  beforeAll(async () => {
    site.outDir = await ensureFixtureSite();
    site.server = await serveStatic(site.outDir);
    site.browser = await launchBrowser();
    site.browser.context.on('request', (request) => site.requests.push({ method: request.method(), url: request.url() }));
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}
