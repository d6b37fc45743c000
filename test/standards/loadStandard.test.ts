import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadStandard } from '@stepwise/policy';

const STANDARDS = join(import.meta.dirname, '../../policy/standards');
const FIXTURES = join(import.meta.dirname, '../fixtures/standards');
const IDS = ['cis', 'entra-password-protection', 'libpwquality', 'microsoft-ad', 'microsoft-entra', 'nist-800-63b-4', 'owasp-asvs', 'pci-dss-4'];

function load(dir: string, name: string) {
  return loadStandard(readFileSync(join(dir, name), 'utf8'), name);
}

function located(name: string): string[] {
  return load(FIXTURES, name).diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code} ${d.path.join('.')}`);
}

describe('shipped standards', () => {
  it('has one file per standard id, named after it', () => {
    const files = readdirSync(STANDARDS).filter((f) => f.endsWith('.yaml')).sort();
    expect(files).toEqual(IDS.map((id) => `${id}.yaml`));
  });

  it.each(IDS)('%s loads without any diagnostic', (id) => {
    const text = readFileSync(join(STANDARDS, `${id}.yaml`), 'utf8');
    expect(text.startsWith('# yaml-language-server: $schema=https://stepwise.dev/schemas/standard.json\n')).toBe(true);
    const result = loadStandard(text, `${id}.yaml`);
    expect(result.diagnostics).toEqual([]);
    expect(result.standard?.id).toBe(id);
  });

  it('covers every clause id of the shared reference (shared/reference/standards.md)', () => {
    const referenced = [
      ...['1a', '1b', '2', '3', '4', '5', '6', '7', '8', '9'].map((n) => `N4-3.1.1.2-${n}`),
      ...['N4-norm', 'N4-block', 'N4-reason', 'N4-managers', 'N4-3.2.2', 'N4-4.2'],
      ...['6.2.1', '6.2.4', '6.2.5', '6.2.6', '6.2.7', '6.2.8', '6.2.9', '6.2.10', '6.2.11', '6.2.12', '6.4.1', '6.4.6', '6.3.6'].map((n) => `A5-${n}`),
      ...['A4-2.1.1', 'A4-2.1.8', 'A4-2.2.1'],
      ...['8.3.3', '8.3.4', '8.3.5', '8.3.6', '8.3.7', '8.3.9'].map((n) => `PCI-${n}`),
      ...['CIS-C-5.2', 'CIS-W-1.1.1', 'CIS-W-1.1.2', 'CIS-W-1.1.3', 'CIS-W-1.1.4', 'CIS-W-1.1.5', 'CIS-W-1.1.7', 'CIS-W-1.2.1', 'CIS-W-1.2.2', 'CIS-W-1.2.4'],
    ];
    const ours = new Set(IDS.flatMap((id) => load(STANDARDS, `${id}.yaml`).standard!.clauses.map((c) => c.id)));
    expect(referenced.filter((id) => !ours.has(id))).toEqual([]);
  });

  it('gives every clause without a condition a note for the auditor', () => {
    for (const id of IDS) {
      for (const clause of load(STANDARDS, `${id}.yaml`).standard!.clauses) {
        if (!clause.condition) expect(clause.manual, `${id} ${clause.id}`).toMatch(/\S/);
      }
    }
  });
});

describe('loadStandard diagnostics', () => {
  it('reports each semantic mistake at its node, in source order', () => {
    expect(located('broken.yaml')).toEqual([
      '14:25 standard-unknown-field clauses.0.condition.field',
      '15:9 standard-duplicate-clause clauses.1.id',
      '25:12 standard-unknown-level clauses.2.level',
      '29:60 standard-condition-type clauses.2.condition.all.0.value',
      '30:69 standard-condition-value clauses.2.condition.all.1.value',
      '31:60 standard-condition-type clauses.2.condition.all.2.value',
      '32:11 standard-condition-shape clauses.2.condition.all.3',
      '33:9 standard-manual-missing clauses.3.id',
      '39:19 standard-bad-conflict clauses.3.conflictsWith.0.clause',
    ]);
    expect(load(FIXTURES, 'broken.yaml').standard).toBeUndefined();
  });

  it('suggests the closest policy field for an unknown one', () => {
    const unknown = load(FIXTURES, 'broken.yaml').diagnostics.find((d) => d.code === 'standard-unknown-field');
    expect(unknown?.message).toBe('"rules.length.minimum" is not a policy field.');
    expect(unknown?.hint).toBe('Did you mean "rules.length.min"?');
  });

  it('reports schema problems with the core schema codes before any semantic check', () => {
    expect(located('schema-error.yaml')).toEqual(['5:6 schema-pattern url', '11:15 schema-enum clauses.0.strength', '13:5 schema-unknown-key clauses.0.condtion']);
  });

  it('never throws on text that is not a standard', () => {
    for (const text of ['', ':', '[1, 2', 'id: 3\n', '- a\n- b\n']) {
      const result = loadStandard(text, 'junk.yaml');
      expect(result.standard).toBeUndefined();
      expect(result.diagnostics.length).toBeGreaterThan(0);
    }
  });
});
