import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const fixtures = join(import.meta.dirname, '../fixtures/validate');

interface JsonReport {
  summary: { problems: number; errors: number; warnings: number; files: number };
  diagnostics: { code: string; severity: string; file: string; range: { start: { line: number; column: number } }; hint?: string; message: string }[];
}

async function validateJson(...paths: string[]): Promise<{ code: number; report: JsonReport; stderr: string }> {
  const result = await runCli(['validate', '--format', 'json', ...paths], { cwd: fixtures });
  return { code: result.code, report: JSON.parse(result.stdout) as JsonReport, stderr: result.stderr };
}

/** Each case: the file, then every expected diagnostic as `code@line:col`. */
const CASES: [string, string[]][] = [
  ['malformed.yaml', ['yaml-syntax@3:1']],
  ['duplicate-key.yaml', ['yaml-duplicate-key@4:1']],
  ['wrong-type.yaml', ['schema-type@12:17', 'schema-type@13:13']],
  ['unknown-key.yaml', ['schema-unknown-key@9:5']],
  // 250 unknown keys: the first 100 are reported, then one diagnostic counts the rest (issue 15, item 3).
  ['many-unknown-keys.yaml', [...Array.from({ length: 100 }, (_, i) => `schema-unknown-key@${12 + i}:1`), 'problems-capped@112:1']],
  ['missing-required.yaml', ['schema-missing-key@8:5']],
  ['dangling-branch.yaml', ['runbook-dangling-branch@12:13', 'runbook-unreachable-step@17:5']],
  ['branch-cycle.yaml', ['runbook-branch-cycle@16:11']],
  ['tabs.yaml', ['yaml-tab-indent@4:1']],
  ['empty.yaml', ['file-empty@1:1']],
  ['only-comments.yaml', ['file-empty@1:1']],
  ['binary-garbage.yaml', ['file-binary@1:1']],
  ['alias-bomb.yaml', ['yaml-alias-limit@4:11']],
  ['deep-nesting.yaml', ['yaml-too-deep@1:68']],
  ['prototype-keys.yaml', ['schema-unknown-key@7:1', 'schema-unknown-key@13:5']],
  [
    'unknown-refs.yaml',
    [
      'runbook-unknown-role@16:11',
      'runbook-unknown-variant@19:17',
      'runbook-unknown-input-value@21:18',
      'runbook-unknown-input@22:9',
      'runbook-duplicate-evidence-id@25:15',
      'runbook-duplicate-step-id@26:9',
    ],
  ],
];

describe('stepwise validate on bad input (security reference item 1)', () => {
  it.each(CASES)('%s gives exactly the expected codes and positions', async (file, expected) => {
    const { code, report, stderr } = await validateJson(`invalid/${file}`);
    const found = report.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column}`);
    expect(found).toEqual(expected);
    expect(report.diagnostics.every((d) => d.file === `invalid/${file}`)).toBe(true);
    expect(code).toBe(report.summary.errors > 0 ? 1 : 0);
    expect(stderr).toBe('');
  });

  it('offers "did you mean" for a misspelt key and a misspelt branch target', async () => {
    const unknown = await validateJson('invalid/unknown-key.yaml');
    expect(unknown.report.diagnostics[0]!.hint).toBe('Did you mean "title"?');
    const dangling = await validateJson('invalid/dangling-branch.yaml');
    expect(dangling.report.diagnostics[0]!.hint).toBe('Did you mean "contact-support"?');
  });

  it('never changes a prototype when reading __proto__ and constructor keys (security reference item 2)', async () => {
    await validateJson('invalid/prototype-keys.yaml');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe('a 10 MB file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-large-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    it('is rejected by its size without being parsed', async () => {
      writeFileSync(join(dir, 'huge.yaml'), `id: huge\nsummary: "${'x'.repeat(10 * 1024 * 1024)}"\n`);
      const result = await runCli(['validate', '--format', 'json', 'huge.yaml'], { cwd: dir });
      const report = JSON.parse(result.stdout) as JsonReport;
      expect(report.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column}`)).toEqual(['file-too-large@1:1']);
      expect(report.diagnostics[0]!.message).toMatch(/^File is 10\.0 MiB, over the 1\.0 MiB limit\.$/);
      expect(result.code).toBe(1);
    });
  });

  it('accepts a valid runbook with exit 0', async () => {
    const { code, report } = await validateJson('valid/minimal.yaml');
    expect(report.diagnostics).toEqual([]);
    expect(report.summary.files).toBe(1);
    expect(code).toBe(0);
  });

  it('validates every invalid file at once, collecting all problems', async () => {
    const { code, report } = await validateJson('invalid');
    expect(report.summary.files).toBe(CASES.length);
    expect(report.summary.errors).toBe(CASES.reduce((n, [, codes]) => n + codes.filter((c) => !c.startsWith('runbook-unreachable')).length, 0));
    expect(code).toBe(1);
  });
});
