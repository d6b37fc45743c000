// Writes packages/policy/src/resolve/shippedPolicies.json: the policies under /policy as plain
// data, so `loadPolicy` can resolve `extends: nist-800-63b-4-single-factor` in a browser too (no
// file system there). Examples are left out: they are not inherited (see mergePolicy).
// Generated (git-ignored) by scripts/build.mjs, which npm ci, npm test and the pack run, so it cannot go stale.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const root = join(import.meta.dirname, '../../..');
export function shippedPresets() {
  const dir = join(root, 'policy');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const { $schema, examples, ...policy } = parse(readFileSync(join(dir, f), 'utf8'));
      return policy;
    });
}

export function writeShippedPolicies() {
  const out = join(root, 'packages/policy/src/resolve/shippedPolicies.json');
  writeFileSync(out, `${JSON.stringify(shippedPresets(), null, 1)}\n`);
  return out;
}

if (process.argv[1] === import.meta.filename) console.log(`wrote ${writeShippedPolicies()}`);
