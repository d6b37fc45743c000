#!/usr/bin/env node
// Thin launcher: the CLI is bundled by `npm run build:packages` (run by `npm ci` via prepare).
import { existsSync } from 'node:fs';

// A closed pipe (`stepwise validate | head`) is not an error worth a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

const bundle = new URL('../dist/stepwise.mjs', import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write('stepwise: the CLI is not built yet; run `npm run build:packages` in the repository.\n');
  process.exitCode = 2;
} else {
  const { main } = await import(bundle.href);
  process.exitCode = await main(process.argv.slice(2));
}
