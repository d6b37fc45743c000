import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyAction, canonicalJson, exportAuditRecord, verifyAuditRecord, type AuditRecord, type Runbook } from '@stepwise/runbook';
import { expectOk, loadFixture, startFixture } from '../run/fixtures';
import { completeCurrent } from '../run/exchangeRun';

// One realistic record: a failed sign-in, troubleshooting, a retry, ticks, a skip, notes.
let pristine: AuditRecord;
let runbook: Runbook;
let source: string;

beforeAll(async () => {
  ({ runbook, source } = loadFixture());
  let run = await startFixture();
  const step = async (action: Parameters<typeof applyAction>[1]) => (run = expectOk(await applyAction(run, action)));
  await step({ type: 'tick', stepId: 'open-ticket', checkId: 'ticket-open' });
  await step(completeCurrent(run));
  await step({ type: 'note', stepId: 'verify-identity', note: 'Called back on the number on record.' });
  await step(completeCurrent(run));
  await step({ type: 'skip', stepId: 'reset-cloud', reason: 'Reset already done by the user via self-service.' });
  await step({ type: 'fail', stepId: 'test-sign-in', reason: 'Account locked by an old phone.' });
  await step(completeCurrent(run));
  await step(completeCurrent(run));
  await step({ type: 'note', note: 'Phone updated by the user.' });
  await step(completeCurrent(run));
  expect(run.state.outcome).toBe('completed');
  pristine = exportAuditRecord(run);
});

type Path = (string | number)[];

/** Every path inside an event: its fields and everything nested in them. */
function pathsOf(value: unknown, base: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [base];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [base, ...entries.flatMap(([k, v]) => pathsOf(v, [...base, k]))];
}

function setAt(root: Record<string, unknown>, path: Path, op: 'set' | 'delete' | 'add', value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (op === 'set') node[last] = value;
  else if (op === 'delete') Array.isArray(node) ? node.splice(last as number, 1) : delete node[last];
  else {
    const target = node[last];
    if (Array.isArray(target)) target.push(value);
    else if (typeof target === 'object' && target !== null) (target as Record<string, unknown>)['x-added'] = value;
    else node[last] = [target, value];
  }
}

type Mutation =
  | { kind: 'edit'; event: number; path: number; op: 'set' | 'delete' | 'add'; value: unknown }
  | { kind: 'delete'; event: number }
  | { kind: 'duplicate'; event: number }
  | { kind: 'insert'; at: number; from: number; path: number; value: unknown }
  | { kind: 'swap'; a: number; b: number }
  | { kind: 'truncate'; keep: number; adjustCount: boolean };

const leaf = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('edit' as const), event: fc.nat(), path: fc.nat(), op: fc.constantFrom('set' as const, 'set' as const, 'delete' as const, 'add' as const), value: leaf }) },
  fc.record({ kind: fc.constant('delete' as const), event: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate' as const), event: fc.nat() }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), from: fc.nat(), path: fc.nat(), value: leaf }),
  fc.record({ kind: fc.constant('swap' as const), a: fc.nat(), b: fc.nat() }),
  fc.record({ kind: fc.constant('truncate' as const), keep: fc.nat(), adjustCount: fc.boolean() }),
);

/** Applies one mutation; returns the tampered record and the event number verification must name first (null: the head). */
function mutate(record: AuditRecord, m: Mutation): { record: AuditRecord; expected: number | null } | undefined {
  const copy = structuredClone(record);
  const events = copy.events as unknown as Record<string, unknown>[];
  const n = events.length;
  switch (m.kind) {
    case 'edit': {
      const k = m.event % n;
      const paths = pathsOf(events[k]).filter((p) => p.length > 0);
      const path = paths[m.path % paths.length]!;
      const before = canonicalJson(events[k]);
      setAt(events[k]!, path, m.op, m.value);
      if (canonicalJson(events[k]) === before) return undefined; // not a change
      return { record: copy, expected: k + 1 };
    }
    case 'delete': {
      const k = m.event % n;
      events.splice(k, 1);
      return { record: copy, expected: k + 1 };
    }
    case 'duplicate': {
      const k = m.event % n;
      events.splice(k + 1, 0, structuredClone(events[k]!));
      return { record: copy, expected: k + 2 };
    }
    case 'insert': {
      const at = m.at % (n + 1);
      const forged = structuredClone(events[m.from % n]!);
      const paths = pathsOf(forged).filter((p) => p.length > 0);
      setAt(forged, paths[m.path % paths.length]!, 'set', m.value);
      events.splice(at, 0, forged);
      // A well-forged event can sit in place; the event it pushed along then breaks.
      return { record: copy, expected: at + 1 };
    }
    case 'swap': {
      const a = m.a % n;
      const b = m.b % n;
      if (a === b) return undefined;
      const [i, j] = [Math.min(a, b), Math.max(a, b)];
      [events[i], events[j]] = [events[j]!, events[i]!];
      return { record: copy, expected: i + 1 };
    }
    case 'truncate': {
      const keep = 1 + (m.keep % (n - 1));
      events.length = keep;
      if (m.adjustCount) copy.eventCount = keep;
      return { record: copy, expected: m.adjustCount ? null : keep + 1 };
    }
  }
}

function firstSeq(problems: { seq: number | null }[]): number | null {
  const seqs = problems.map((p) => p.seq).filter((s): s is number => s !== null);
  return seqs.length ? Math.min(...seqs) : null;
}

describe('tamper evidence (property; security reference item 11)', () => {
  it('the pristine record is valid', async () => {
    expect((await verifyAuditRecord(structuredClone(pristine), source, runbook)).valid).toBe(true);
  });

  it('every single mutation fails verification, naming the right event first', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const tampered = mutate(pristine, m);
        fc.pre(tampered !== undefined);
        const { record, expected } = tampered!;
        for (const result of [await verifyAuditRecord(record), await verifyAuditRecord(record, source, runbook)]) {
          expect(result.valid).toBe(false);
          if (expected === null) expect(result.problems.map((p) => p.code)).toContain('head-hash');
          else if (m.kind === 'insert') expect([expected, expected + 1]).toContain(firstSeq(result.problems));
          else expect(firstSeq(result.problems)).toBe(expected);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a change to the head hash or the count alone is detected', async () => {
    const head = { ...structuredClone(pristine), headHash: '1'.repeat(64) };
    expect((await verifyAuditRecord(head)).problems.map((p) => p.code)).toEqual(['head-hash']);
    const count = { ...structuredClone(pristine), eventCount: pristine.eventCount + 1 };
    expect((await verifyAuditRecord(count)).problems.map((p) => p.code)).toEqual(['event-count']);
  });
});
