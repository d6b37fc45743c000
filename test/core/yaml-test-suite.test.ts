import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastParse, NOT_FAST, parseYaml } from '@stepwise/core';
import { describe, expect, it } from 'vitest';

// The official YAML test suite (github:yaml/yaml-test-suite, `data` branch), vendored with its
// licence in test/fixtures/yaml-test-suite/ (see the README there for the commit).
interface SuiteCase {
  id: string;
  name: string;
  yaml: string;
  error: boolean;
  json?: string;
}
const suite = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/yaml-test-suite/cases.json'), 'utf8')) as { commit: string; cases: SuiteCase[] };

/** Each case as written, with CRLF line endings, and with lone CRs (YAML 1.2 spec 5.4). */
const variants = suite.cases.flatMap((c) => [
  [`${c.id} ${c.name}`, c.yaml, c.error] as const,
  [`${c.id} ${c.name} (CRLF)`, c.yaml.replace(/\n/g, '\r\n'), c.error] as const,
  [`${c.id} ${c.name} (CR)`, c.yaml.replace(/\n/g, '\r'), c.error] as const,
]);

function bothReadings(text: string) {
  const fast = parseYaml(text, 'case.yaml', { fast: true });
  const full = parseYaml(text, 'case.yaml', { fast: false });
  return { fast, full };
}

describe('one reading of YAML over the official test suite (issue 15, item 2)', () => {
  it('holds the whole suite', () => {
    expect(suite.cases.length).toBe(402);
    expect(suite.cases.filter((c) => c.error).length).toBeGreaterThan(90);
  });

  it.each(variants)('%s: both paths give the same value or both reject', (_name, text) => {
    const { fast, full } = bothReadings(text);
    expect(fast.diagnostics.length === 0).toBe(full.diagnostics.length === 0);
    // Same codes at the same positions: the fast path has nothing to say that the full one does not.
    expect(fast.diagnostics.map((d) => [d.code, d.range])).toEqual(full.diagnostics.map((d) => [d.code, d.range]));
    expect(fast.value).toStrictEqual(full.value);
    // And the fast parser alone, when it takes a file, reads it as the positioned parser does.
    const value = fastParse(text.replace(/\r(?!\n)/g, '\n'));
    if (value !== NOT_FAST) {
      expect(full.diagnostics).toEqual([]);
      expect(value).toStrictEqual(full.value);
    }
  });

  it.each(suite.cases.filter((c) => c.error).map((c) => [`${c.id} ${c.name}`, c.yaml]))('%s: marked invalid by the suite, rejected by both paths', (_name, text) => {
    const { fast, full } = bothReadings(text);
    expect(full.diagnostics.length).toBeGreaterThan(0);
    expect(fast.diagnostics.length).toBeGreaterThan(0);
  });

  it('takes the fast path for most valid cases that hold a mapping, so the comparison means something', () => {
    const valid = suite.cases.filter((c) => !c.error);
    const taken = valid.filter((c) => fastParse(c.yaml) !== NOT_FAST);
    expect(taken.length).toBeGreaterThan(60);
  });
});
