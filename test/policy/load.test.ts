import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RE2JS } from 're2js';
import { compilePattern, loadPolicy } from '@stepwise/policy';

const fixture = (name: string) => new URL(`../fixtures/policy/${name}`, import.meta.url);
const load = (name: string) => loadPolicy(readFileSync(fixture(name), 'utf8'), name);

describe('loadPolicy', () => {
  it('loads a valid policy with no diagnostics', () => {
    const result = load('extends/base.yaml');
    expect(result.diagnostics).toEqual([]);
    expect(result.policy?.id).toBe('base');
    expect(result.policy?.rules?.length).toMatchObject({ min: 15, max: 64 });
  });

  it('reports semantic errors at the exact node, with their own codes', () => {
    const result = load('invalid/semantics.yaml');
    expect(result.policy).toBeUndefined();
    const brief = result.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.path.join('.')}`);
    expect(brief).toEqual([
      '7:10 policy-length-range rules.length.min',
      '12:16 policy-pattern-invalid rules.patterns.0.pattern',
      '15:16 policy-pattern-invalid rules.patterns.1.pattern',
    ]);
    expect(result.diagnostics[1]!.message).toMatch(/Backreferences .* not supported/);
    expect(result.diagnostics[2]!.message).toMatch(/Lookahead and lookbehind .* not supported/);
  });

  it('keeps schema diagnostics from @stepwise/core (unknown key with a suggestion)', () => {
    const result = loadPolicy('id: x\ntitle: X\nversion: 1.0.0\nsummary: s\nrules:\n  lenght: {min: 8}\n', 'typo.yaml');
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ code: 'schema-unknown-key', range: { start: { line: 6, column: 3 } }, hint: 'Did you mean "length"?' });
  });

  it('never throws on arbitrary text', () => {
    for (const text of ['', '\u0000\u0001', '[[[[', 'a: [', '__proto__: {polluted: true}', '- 1\n- 2']) {
      const result = loadPolicy(text, 'x.yaml');
      expect(result.policy).toBeUndefined();
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('author regular expressions (security reference item 4)', () => {
  it('refuses a backreference with a clear message', () => {
    const compiled = compilePattern('(a)\\1');
    expect(compiled.ok).toBe(false);
    expect(!compiled.ok && compiled.message).toContain('Backreferences');
  });

  it('runs ^(a|a)*$ on 31 a plus ! without backtracking (linear-time RE2)', () => {
    const compiled = compilePattern('^(a|a)*$');
    expect(compiled.ok).toBe(true);
    if (compiled.ok) {
      expect(compiled.regex).toBeInstanceOf(RE2JS);
      expect(compiled.regex.matcher(`${'a'.repeat(31)}!`).find()).toBe(false);
      expect(compiled.regex.matcher('a'.repeat(31)).find()).toBe(true);
    }
  });
});
