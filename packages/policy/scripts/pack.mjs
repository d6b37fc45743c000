// `npm run pack -w @stepwise/policy`: packs this package with the repository's pack script
// (scripts/pack.mjs, which packs every published package the same way).
// Usage: node packages/policy/scripts/pack.mjs [destination-folder]   (prints the .tgz path)
import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
execFileSync(process.execPath, [join(repo, 'scripts/pack.mjs'), resolve(process.argv[2] ?? join(repo, 'artifacts')), 'policy'], { stdio: 'inherit' });
