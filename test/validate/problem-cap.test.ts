import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml } from '@stepwise/core';
import { loadRunbook } from '@stepwise/runbook';
import { describe, expect, it } from 'vitest';

const fixture = readFileSync(join(import.meta.dirname, '../fixtures/validate/invalid/many-unknown-keys.yaml'), 'utf8');

describe('diagnostics are capped per file (issue 15, item 3)', () => {
  it('reports the first 100 unknown keys at their keys, then "and N more" as a diagnostic of its own', () => {
    const { diagnostics } = loadRunbook(fixture, 'many.yaml');
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics.slice(0, 100).every((d) => d.code === 'schema-unknown-key')).toBe(true);
    expect(diagnostics[0]).toMatchObject({ message: 'Unknown key "extra000" in the runbook.', range: { start: { line: 12, column: 1 }, end: { line: 12, column: 9 } }, path: ['extra000'] });
    expect(diagnostics[99]).toMatchObject({ message: 'Unknown key "extra099" in the runbook.', range: { start: { line: 111, column: 1 } } });
    expect(diagnostics[100]).toEqual({
      code: 'problems-capped',
      severity: 'error',
      message: 'And 150 more problems in this file (the first 100 are shown).',
      file: 'many.yaml',
      range: { start: { line: 112, column: 1 }, end: { line: 112, column: 9 } },
      path: [],
      hint: 'Fix the problems shown and validate again.',
    });
  });

  it('takes the cap from the load options', () => {
    const { diagnostics } = loadRunbook(fixture, 'many.yaml', {}, { maxDiagnostics: 3 });
    expect(diagnostics.map((d) => d.code)).toEqual(['schema-unknown-key', 'schema-unknown-key', 'schema-unknown-key', 'problems-capped']);
    expect(diagnostics[3]!.message).toBe('And 247 more problems in this file (the first 3 are shown).');
  });

  it('caps problems found while reading the YAML too', () => {
    const text = Array.from({ length: 150 }, () => 'same: 1\n').join('');
    const { diagnostics } = parseYaml(text, 'dup.yaml');
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[0]).toMatchObject({ code: 'yaml-duplicate-key', range: { start: { line: 2, column: 1 } } });
    expect(diagnostics[100]).toMatchObject({ code: 'problems-capped', message: 'And 49 more problems in this file (the first 100 are shown).', range: { start: { line: 102, column: 1 } } });
  });

  it('caps syntax errors', () => {
    const text = Array.from({ length: 300 }, () => 'a: "x"#c\n').join('');
    const { diagnostics } = parseYaml(text, 'syntax.yaml', { fast: false });
    expect(diagnostics).toHaveLength(101);
    expect(diagnostics[100]!.code).toBe('problems-capped');
  });
});

describe('keys are located through an index', () => {
  const keys = 20_000;
  const text = `${Array.from({ length: keys }, (_, i) => `k${i}: ${i}`).join('\n')}\n`;
  const parsed = parseYaml(text, 'big.yaml');

  it('finds any key of a large mapping at its own line', () => {
    expect(parsed.diagnostics).toEqual([]);
    for (const i of [0, 1, 9_999, keys - 1]) {
      expect(parsed.locate([`k${i}`], 'key')).toEqual({ start: { line: i + 1, column: 1 }, end: { line: i + 1, column: 2 + String(i).length } });
      expect(parsed.locate([`k${i}`], 'value').start).toEqual({ line: i + 1, column: 4 + String(i).length });
    }
  });

  it('matches keys by the JavaScript property they produce, as the value has them', () => {
    const p = parseYaml('0x10: hex\ntrue: yes\n1.50: x\n', 'k.yaml');
    expect(p.value).toEqual({ 16: 'hex', true: 'yes', 1.5: 'x' });
    expect(p.locate(['16'], 'key').start).toEqual({ line: 1, column: 1 });
    expect(p.locate(['true'], 'key').start).toEqual({ line: 2, column: 1 });
    expect(p.locate(['1.5'], 'key').start).toEqual({ line: 3, column: 1 });
  });

  it('falls back to the deepest existing ancestor for a missing key', () => {
    expect(parsed.locate(['nowhere', 'deeper']).start).toEqual({ line: 1, column: 1 });
  });
});
