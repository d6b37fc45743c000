#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build:packages` (run by `npm ci` via prepare).
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/stepwise.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('stepwise: the CLI is not built yet; run `npm run build:packages` in the repository.\n');
  process.exitCode = 2;
} else {
  const { main } = await import(bundle.href);
  process.exitCode = await main(process.argv.slice(2));
}
