/**
 * The live checker on a phone (issue 14 item 9): `/checker` in real Chromium with the phone
 * profile (viewport 390x844, CPU 4x slower through CDP Emulation.setCPUThrottlingRate, 150 ms
 * round trip and 1.6 Mbit/s down through Network.emulateNetworkConditions), first visit (cache
 * cleared), served gzip-compressed as static hosts serve scripts. Times count from the focus of
 * the field; the bytes are the gzip bodies of the scripts that arrived between the focus and the
 * first strength verdict (the browser's Resource Timing encodedBodySize).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { launchBrowser } from '../test/helpers/browser';
import { ensureFixtureSite } from '../test/site/siteBuild';
import { holdsDictionary } from './siteAssets';
import type { BenchRow } from './types';

const FIRST_PASSWORD = 'Tr0ub4dor&3-horse-staple';
const PHONE = { width: 390, height: 844 };
const RTT_MS = 150;
const DOWNLOAD_BITS = 1.6e6;
const CPU_SLOWDOWN = 4;
const TARGETS = { ruleMs: 1000, completeMs: 3000, bytesKb: 300 };

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml' };

/** A static server for the built site that gzips what it sends (level 9, cached), as a static host does. */
async function serveGzip(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const base = resolve(root);
  const cache = new Map<string, Buffer>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
      const target = normalize(join(base, path));
      let file: string | undefined;
      if (target === base || target.startsWith(base + sep)) {
        for (const candidate of [target, `${target}.html`, join(target, 'index.html')]) {
          if ((await stat(candidate).catch(() => undefined))?.isFile()) {
            file = candidate;
            break;
          }
        }
      }
      const chosen = file ?? join(base, '404.html');
      let body = cache.get(chosen);
      if (!body) cache.set(chosen, (body = gzipSync(await readFile(chosen), { level: 9 })));
      response.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(chosen)] ?? 'application/octet-stream', 'content-encoding': 'gzip', 'timing-allow-origin': '*' });
      response.end(body);
    })();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

interface Marks {
  focus: number;
  rule?: number;
  strength?: number;
  final?: number;
}

export async function benchCheckerPhone(): Promise<BenchRow[]> {
  const outDir = await ensureFixtureSite();
  const server = await serveGzip(outDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: RTT_MS, downloadThroughput: DOWNLOAD_BITS / 8, uploadThroughput: DOWNLOAD_BITS / 8 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.goto(`${server.url}/checker`, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForSelector('html[data-has-hydrated="true"]', { timeout: 120_000 });
    // Marks taken in the page when the DOM first shows each verdict. A string, not a function:
    // tsx's transform adds a __name helper to named functions, which the page does not have.
    await page.evaluate(`(() => {
      const marks = { focus: performance.now() };
      window.__marks = marks;
      new MutationObserver(() => {
        const verdict = document.querySelector('[data-testid="checker-verdict"]');
        if (marks.rule === undefined && document.querySelector('[data-rule][data-state]')) marks.rule = performance.now();
        const strength = document.querySelector('[data-rule="strength"]')?.getAttribute('data-state');
        const v = verdict?.getAttribute('data-verdict');
        if (marks.strength === undefined && strength && (v === 'pass' || v === 'fail')) marks.strength = performance.now();
        if (marks.final === undefined && verdict?.getAttribute('data-stage') === 'final') marks.final = performance.now();
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    })()`);
    const field = page.getByTestId('checker-password');
    await field.focus();
    await field.fill(FIRST_PASSWORD);
    // Functions without names here (the page's CSP refuses strings for waitForFunction).
    await page.waitForFunction(() => (window as unknown as { __marks: Marks }).__marks.final !== undefined, undefined, { timeout: 120_000, polling: 100 });
    const { marks, scripts } = await page.evaluate(() => ({
      marks: (window as unknown as { __marks: Marks }).__marks,
      scripts: (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => e.name.endsWith('.js')).map((e) => ({ name: e.name, start: e.startTime, end: e.responseEnd, bytes: e.encodedBodySize })),
    }));
    const afterFocus = scripts.filter((s) => s.start >= marks.focus - 1);
    const before = (t: number) => afterFocus.filter((s) => s.end <= t).reduce((sum, s) => sum + s.bytes, 0) / 1024;
    const rule = marks.rule! - marks.focus;
    const strength = marks.strength! - marks.focus;
    const final = marks.final! - marks.focus;
    const kb = before(marks.strength!);
    // The dictionary chunks alone (the engine's code is the rest).
    const isData = (url: string) => holdsDictionary(readFileSync(join(outDir, new URL(url).pathname), 'utf8'));
    const firstData = afterFocus.filter((s) => s.end <= marks.strength! && isData(s.name));
    const dataKb = firstData.reduce((sum, s) => sum + s.bytes, 0) / 1024;
    // Where the time goes: the last byte of that data against the verdict (the rest is CPU).
    const dataArrived = Math.max(...firstData.map((s) => s.end)) - marks.focus;
    const engineArrived = Math.max(...afterFocus.filter((s) => s.end <= marks.rule! + 1).map((s) => s.end), marks.focus) - marks.focus;
    const profile = '390x844, 4x CPU, 150 ms RTT, 1.6 Mbit/s, gzip, first visit';
    return [
      { name: `/checker on a phone (${profile}): focus to first rule verdict`, value: round(rule), unit: 'ms', target: `<= ${TARGETS.ruleMs} ms`, met: rule <= TARGETS.ruleMs },
      { name: '/checker on a phone: focus to first complete verdict (strength judged, preliminary)', value: round(strength), unit: 'ms', target: `<= ${TARGETS.completeMs} ms`, met: strength <= TARGETS.completeMs },
      { name: '/checker on a phone: focus to the last script before the first rule verdict (engine)', value: round(engineArrived), unit: 'ms', target: 'reference only', met: true },
      { name: '/checker on a phone: focus to the last byte of the first strength verdict\'s data', value: round(dataArrived), unit: 'ms', target: 'reference only', met: true },
      { name: '/checker on a phone: focus to the final verdict (every dictionary)', value: round(final), unit: 'ms', target: 'reference only', met: true },
      { name: '/checker on a phone: all scripts received between focus and first strength verdict (engine code too)', value: round(kb), unit: 'KB gzip', target: 'reference only', met: true },
      { name: '/checker on a phone: dictionary data received before the first strength verdict', value: round(dataKb), unit: 'KB gzip', target: `<= ${TARGETS.bytesKb} KB gzip`, met: dataKb <= TARGETS.bytesKb },
      { name: '/checker on a phone: scripts received between focus and final verdict', value: round(before(marks.final!)), unit: 'KB gzip', target: 'reference only', met: true },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
