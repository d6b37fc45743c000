import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Issue 7: every item of the security reference is proven by a named test. The reference lives
 * beside the repository (../shared/reference/security.md); its items are numbered 1 to 13. Each
 * must be named, as "security reference item N", by a `describe` or `it` title somewhere under
 * test/ — so that removing the test, or renaming it away, fails here.
 */
const ITEMS = 13;
const root = join(import.meta.dirname, '..');

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? testFiles(join(dir, e.name)) : e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []));
}

describe('the security reference is covered', () => {
  const named = new Map<number, string[]>();
  for (const file of testFiles(root)) {
    if (file.endsWith('reference-cases.test.ts')) continue;
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\b(?:describe|it)(?:\.each\([^)]*\))?\(\s*['"`]([^'"`]*security reference items? ([\d, and]+)[^'"`]*)['"`]/g)) {
      for (const n of match[2]!.split(/,|and/).map((s) => Number(s.trim())).filter(Number.isInteger)) {
        named.set(n, [...(named.get(n) ?? []), file.slice(root.length + 1)]);
      }
    }
  }

  it.each(Array.from({ length: ITEMS }, (_, i) => i + 1))('item %i has a named test', (item) => {
    expect(named.get(item) ?? [], `no test title names "security reference item ${item}"`).not.toEqual([]);
  });
});
