/**
 * What a built page ships at start: the scripts a real browser fetches before the page's `load`
 * event (the entry scripts and the route's chunks, not later prefetches), gzip-sized, and
 * whether an estimator dictionary is among them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext } from 'playwright-core';

/**
 * Unmistakable prefixes of the dictionaries: the zxcvbn-ts compressed word lists (common
 * passwords, English common words, first names) and the start of the word and rank strings of
 * @stepwise/policy's compiled data modules (src/estimator/data/*.js, the form the engine loads
 * since issue 14). The checker must load these with `import()` on first use, never with the page
 * (stack guide pitfall 3).
 */
const dataDir = join(import.meta.dirname, '../packages/policy/src/estimator/data/');
const compiled = ['commonPasswords.js', 'estimatorCore.js', 'estimatorRest.js', 'diceware.js'].flatMap((file) =>
  [...readFileSync(dataDir + file, 'utf8').matchAll(/"(?:words|ranks|passwordRanks)":"([^"]{48})/g)].map((m) => m[1]!),
);
export const DICTIONARY_MARKERS: readonly string[] = ['A123456ApasswordA12345678', "AyouAtheBoA'sAitA'tAofAthat", 'AaarenDikaBbagaelFil', ...compiled];

export function holdsDictionary(text: string): boolean {
  return DICTIONARY_MARKERS.some((marker) => text.includes(marker));
}

/** Paths (inside the build folder) of the scripts a page fetches up to its `load` event. */
export async function initialScripts(context: BrowserContext, baseUrl: string, path: string): Promise<string[]> {
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script' && request.url().startsWith(baseUrl)) scripts.push(new URL(request.url()).pathname.slice(1));
  });
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  await page.close();
  return [...new Set(scripts)];
}

/** Gzip size in KB (level 9, as a static host would serve them) of files in the build folder. */
export function gzipKb(outDir: string, files: readonly string[]): number {
  let bytes = 0;
  for (const file of files) bytes += gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
  return bytes / 1024;
}
