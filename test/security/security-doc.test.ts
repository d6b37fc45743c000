import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * docs/security.md lists each case of issue 15 with the test that proves it, as
 * `` `test/…test.ts`: title ``. Every such test must exist with that title, so the list cannot
 * name a test that was renamed or removed.
 */
const root = join(import.meta.dirname, '../..');
const doc = readFileSync(join(root, 'docs/security.md'), 'utf8');
const cited = [...doc.matchAll(/`(test\/[\w/.-]+\.test\.ts)`: ([^|]+?) \|/g)].map((m) => ({ file: m[1]!, title: m[2]!.trim() }));

describe('docs/security.md names real tests (issue 15: the security reference lists each case and its test)', () => {
  it('cites tests', () => {
    expect(cited.length).toBeGreaterThan(30);
  });

  it.each(cited.map((c) => [c.file, c.title]))('%s has a test titled "%s"', (file, title) => {
    expect(existsSync(join(root, file)), `${file} does not exist`).toBe(true);
    // Titles in the source may escape quotes (\'): compare without the escapes.
    const text = readFileSync(join(root, file), 'utf8').replace(/\\(['"`])/g, '$1');
    expect(text.includes(title), `no test title in ${file} contains "${title}"`).toBe(true);
  });
});
