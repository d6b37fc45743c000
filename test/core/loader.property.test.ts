import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { parseYaml, type Diagnostic } from '@stepwise/core';
import { loadPolicy } from '@stepwise/policy';
import { loadRunbook, type Runbook } from '@stepwise/runbook';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const runbookText = readFileSync(join(root, 'runbooks/exchange-password-reset.yaml'), 'utf8');
const policyText = readFileSync(join(root, 'policy/exchange-org.yaml'), 'utf8');

// Fixed seeds: a failure reproduces, and fast-check prints the shrunk counter-example.
const SETTINGS = { seed: 20261128, numRuns: 200 } as const;

/** Every diagnostic must point inside the text: 1-based, ordered, at most one past the last line. */
function expectValidPositions(diagnostics: readonly Diagnostic[], text: string): void {
  // CRLF, CR and LF each end a line (YAML 1.2 spec 5.4); diagnostics count lone CRs as breaks.
  const lines = text.split(/\r\n|\r|\n/);
  for (const d of diagnostics) {
    const { start, end } = d.range;
    expect(Number.isInteger(start.line) && start.line >= 1 && start.line <= lines.length + 1, `${d.code} line ${start.line}`).toBe(true);
    expect(start.column >= 1 && start.column <= (lines[start.line - 1]?.length ?? 0) + 2, `${d.code} column ${start.column}`).toBe(true);
    expect(end.line > start.line || (end.line === start.line && end.column >= start.column), `${d.code} range order`).toBe(true);
    expect(typeof d.message === 'string' && d.message.length > 0).toBe(true);
  }
}

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('indent' as const), at: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  fc.record({ kind: fc.constant('garbage' as const), at: fc.nat(), bytes: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, m: Mutation): string {
  const lines = text.split('\n');
  const i = m.at % lines.length;
  switch (m.kind) {
    case 'delete':
      lines.splice(i, 1);
      break;
    case 'duplicate':
      lines.splice(i, 0, lines[i]!);
      break;
    case 'indent':
      lines[i] = m.by >= 0 ? ' '.repeat(m.by) + lines[i] : lines[i]!.slice(Math.min(-m.by, lines[i]!.length - lines[i]!.trimStart().length));
      break;
    case 'garbage': {
      const offset = m.at % (text.length + 1);
      return text.slice(0, offset) + m.bytes + text.slice(offset);
    }
  }
  return lines.join('\n');
}

describe('the loader never throws and always points inside the file (security reference item 13)', () => {
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const runbook = loadRunbook(text, 'arbitrary.yaml');
        expectValidPositions(runbook.diagnostics, text);
        expectValidPositions(loadPolicy(text, 'arbitrary.yaml').diagnostics, text);
      }),
      SETTINGS,
    );
  });

  it('on YAML-shaped noise', () => {
    const token = fc.constantFrom('a', 'b:', ' ', '  ', '- ', '\n', '[', ']', '{', '}', ',', '"', "'", '#', '&x ', '*x', '!!str ', '|', '>', '? ', ': ', '\t', '---\n', '__proto__', 'steps', 'id');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 80 }), (tokens) => {
        const text = tokens.join('');
        expectValidPositions(loadRunbook(text, 'noise.yaml').diagnostics, text);
      }),
      SETTINGS,
    );
  });

  it('on single mutations of the real runbook and policy (delete, duplicate, re-indent a line, insert bytes)', () => {
    fc.assert(
      fc.property(mutation, fc.boolean(), (m, onRunbook) => {
        const text = mutate(onRunbook ? runbookText : policyText, m);
        const result = onRunbook ? loadRunbook(text, 'mutated.yaml') : loadPolicy(text, 'mutated.yaml');
        expectValidPositions(result.diagnostics, text);
        // Positions from the fast path and the full path agree on the same text.
        const full = parseYaml(text, 'mutated.yaml', { fast: false });
        expectValidPositions(full.diagnostics, text);
      }),
      SETTINGS,
    );
  }, 120_000); // 400 full parses: slow on a loaded shared machine, never a timing assertion.
});

// Valid runbooks built from the schema's vocabulary: ids, roles, variants, inputs, branches.
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);
const text = fc.string({ minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0);
const validRunbook: fc.Arbitrary<Runbook> = fc
  .record({
    id,
    title: text,
    summary: text,
    roles: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    variants: fc.uniqueArray(id, { maxLength: 3 }),
    steps: fc.uniqueArray(fc.record({ id, title: text, body: text, checks: fc.uniqueArray(id, { maxLength: 3 }), required: fc.boolean(), type: fc.constantFrom('text', 'boolean', 'url', 'timestamp', 'email', 'number') }), { minLength: 1, maxLength: 8, selector: (s) => s.id }),
  })
  .map((r) => {
    const last = r.steps.length - 1;
    return {
      id: r.id,
      title: r.title,
      version: '1.0.0',
      summary: r.summary,
      owner: { team: 'Desk' },
      roles: r.roles.map((role) => ({ id: role, title: role.toUpperCase() })),
      ...(r.variants.length > 0 ? { variants: r.variants.map((v) => ({ id: v, title: v })) } : {}),
      steps: r.steps.map((s, i) => ({
        id: s.id,
        title: s.title,
        role: r.roles[i % r.roles.length]!,
        body: s.body,
        ...(s.checks.length > 0 ? { checks: s.checks.map((c) => ({ id: c, text: c })) } : {}),
        evidence: [{ id: 'record', label: 'Record', type: s.type, required: s.required }],
        ...(r.variants.length > 0 && i % 2 === 1 ? { when: { variant: [r.variants[0]!] } } : {}),
        ...(i === 0 && last > 0 ? { onFail: r.steps[last]!.id } : {}),
        ...(i === last && last > 0 ? { branchOnly: true, end: 'escalated' as const } : {}),
      })),
    } satisfies Runbook;
  });

describe('valid runbooks survive stringify -> load -> validate unchanged', () => {
  it('round-trips', () => {
    fc.assert(
      fc.property(validRunbook, (runbook) => {
        const yaml = stringify(runbook);
        const loaded = loadRunbook(yaml, 'generated.yaml');
        expect(loaded.diagnostics).toEqual([]);
        expect(loaded.runbook).toEqual(runbook);
      }),
      SETTINGS,
    );
  });
});
