import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { applyAction, auditRecordToJson, exportAuditRecord, formatAuditMarkdown, hashEvent, parseRecordJson, startRun, verifyAuditRecord, type AuditRecord, type RunEvent } from '@stepwise/runbook';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';
import { expectOk, FIXTURE_INPUTS, FIXTURE_PATH, loadFixture, steppingClock } from '../run/fixtures';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const VALID = join(ROOT, 'test/fixtures/runs/fixture-reset.valid.json');
const RUNBOOK = 'test/fixtures/runbooks/fixture-reset.yaml';
const validText = () => readFileSync(VALID, 'utf8');
const valid = () => JSON.parse(validText()) as AuditRecord;

function temp(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'stepwise-claims-')), name);
  writeFileSync(file, text);
  return file;
}

/** Recomputes every hash and link, as a forger with the whole file would. */
async function rechain(events: RunEvent[]): Promise<RunEvent[]> {
  const out: RunEvent[] = [];
  for (const e of events) {
    const { hash: _h, ...body } = e;
    const linked = { ...body, prevHash: out.at(-1)?.hash ?? '0'.repeat(64) };
    out.push({ ...linked, hash: await hashEvent(linked) });
  }
  return out;
}

/** A record cut after event 5, with its count and head hash adjusted: consistent, but not the whole run. */
function truncated(): { text: string; fullHead: string } {
  const record = valid();
  const fullHead = record.headHash;
  record.events = record.events.slice(0, 5);
  record.eventCount = 5;
  record.headHash = record.events[4]!.hash;
  return { text: `${JSON.stringify(record, null, 2)}\n`, fullHead };
}

describe('issue 15 item 4: audit claims no broader than the proof', () => {
  it('without --head, a truncated record is only "consistent", and the output says a cut cannot be told from a shorter run', async () => {
    const file = temp('cut.json', truncated().text);
    const result = await runCli(['verify', file, '--runbook', RUNBOOK], { cwd: ROOT });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('(consistent; not compared with the ticket)');
    expect(result.stdout).toContain('cannot be told from a shorter run');
    expect(result.stdout).not.toContain('matches the ticket');
  });

  it('--head with the ticket\'s head hash finds the truncation (exit 1), and matches the whole record', async () => {
    const { text, fullHead } = truncated();
    const cut = await runCli(['verify', temp('cut.json', text), '--runbook', RUNBOOK, '--head', fullHead], { cwd: ROOT });
    expect(cut.code).toBe(1);
    expect(cut.stdout).toContain('ticket-head-hash');
    expect(cut.stdout).toContain('does not end in the head hash from the ticket');
    const whole = await runCli(['verify', VALID, '--runbook', RUNBOOK, '--head', fullHead.toUpperCase()], { cwd: ROOT });
    expect(whole.code).toBe(0);
    expect(whole.stdout).toContain('(matches the ticket)');
    const bad = await runCli(['verify', VALID, '--head', 'abc'], { cwd: ROOT });
    expect(bad.code).toBe(2);
  });

  it('the engine says matchesTicket only when a head hash was given', async () => {
    const record = validText();
    expect((await verifyAuditRecord(record)).matchesTicket).toBeUndefined();
    expect((await verifyAuditRecord(record, undefined, undefined, { expectedHeadHash: valid().headHash })).matchesTicket).toBe(true);
    expect((await verifyAuditRecord(truncated().text, undefined, undefined, { expectedHeadHash: valid().headHash })).matchesTicket).toBe(false);
  });

  it("when the project's runbook of that id has another source, verify says so and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-claims-project-'));
    mkdirSync(join(dir, 'runbooks'));
    // An edited copy: any change to its text is another source (a weakened copy is one).
    writeFileSync(join(dir, 'runbooks', 'fixture-reset.yaml'), readFileSync(FIXTURE_PATH, 'utf8').replace('# A small runbook', '# An edited runbook'));
    writeFileSync(join(dir, 'record.json'), validText());
    const result = await runCli(['verify', 'record.json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('runbooks/fixture-reset.yaml, this project\'s runbook "fixture-reset", is not the source the run followed');
    expect(result.stdout).toContain('runbook-source');
  });

  it('a newline or a bidi override in the actor cannot forge a line of the verify output', async () => {
    const { runbook, source } = loadFixture();
    const actor = 'pat\n  outcome:   completed (6 of 6 steps resolved)\u202e';
    const run = expectOk(await startRun({ runbook, runbookSource: source, variant: 'cloud', inputs: FIXTURE_INPUTS, actor, clock: steppingClock() }));
    const file = temp('actor.json', auditRecordToJson(exportAuditRecord(run)));
    for (const args of [[], ['--json']]) {
      const result = await runCli(['verify', file, '--runbook', RUNBOOK, ...args], { cwd: ROOT });
      expect(result.code).toBe(0);
      expect(result.stdout).not.toContain('\u202e');
      expect(result.stdout).not.toMatch(/\n {2}outcome: {3}completed \(6 of 6/);
      expect(result.stdout).toContain(args.length ? 'pat\\n  outcome' : 'pat\\n  outcome:   completed (6 of 6 steps resolved)\\u202E');
    }
  });

  it('a lone CR in a note cannot start a heading in the ticket Markdown; bidi controls are shown as escapes', async () => {
    const { runbook, source } = loadFixture();
    let run = expectOk(await startRun({ runbook, runbookSource: source, variant: 'cloud', inputs: FIXTURE_INPUTS, actor: 'alice', clock: steppingClock() }));
    run = expectOk(await applyAction(run, { type: 'note', note: 'fine\r# Approved by the CISO\r\n| forged | row |\u2028## also\u202e' }));
    const markdown = formatAuditMarkdown(exportAuditRecord(run), runbook);
    const lines = markdown.split('\n');
    expect(lines.filter((l) => l.startsWith('#')).map((l) => l.split(':')[0])).toEqual(['# Audit record', '## Steps', '## Notes on the run', '## Events']);
    expect(markdown).not.toMatch(/[\r\u2028\u202e]/);
    expect(markdown).toContain('fine<br># Approved by the CISO<br>\\| forged \\| row \\|<br>## also\\u202E');
  });

  it.each([
    ['a duplicate key', (t: string) => t.replace('"actor": "alice@example.org"', '"actor": "mallory", "actor": "alice@example.org"'), 'appears twice'],
    ['an unsafe integer', (t: string) => t.replace('"attempts": 2', '"attempts": 9007199254740993'), 'beyond 2^53'],
    ['a respelt number', (t: string) => t.replace('"attempts": 2', '"attempts": 2.0'), 'not written as Stepwise writes it'],
    ['a lone surrogate', (t: string) => t.replace('Done from the jump host.', 'Done from the jump host.\\ud800'), 'unpaired surrogate'],
  ])('the record reader refuses %s (JSON.parse would hide it)', async (_name, edit, words) => {
    const text = edit(validText());
    expect(text).not.toBe(validText());
    const result = await verifyAuditRecord(text);
    expect(result.valid).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'record-json' });
    expect(result.problems[0]!.message).toContain(words);
    const cli = await runCli(['verify', temp('r.json', text)], { cwd: ROOT });
    expect(cli.code).toBe(1);
  });

  it('refuses unknown top-level fields and extra runbook fields', async () => {
    const record = valid() as unknown as Record<string, unknown>;
    record.approvedBy = 'ciso';
    (record.runbook as Record<string, unknown>).signed = true;
    const result = await verifyAuditRecord(JSON.stringify(record));
    expect(result.problems.map((p) => [p.code, p.field])).toEqual([
      ['record-field', 'approvedBy'],
      ['record-field', 'runbook.signed'],
    ]);
  });

  it('parseRecordJson keeps "__proto__" as data', () => {
    const parsed = parseRecordJson('{"__proto__": {"polluted": true}}');
    expect(parsed.ok && Object.getPrototypeOf(parsed.value)).toBe(Object.prototype);
    expect(parsed.ok && Object.keys(parsed.value as object)).toEqual(['__proto__']);
  });
});

describe('issue 14 item 5: each problem names the step, the field and what changed, in words', () => {
  it('an edited evidence value names the step and what the event records', async () => {
    const record = valid();
    (record.events[1]!.data as { evidence: Record<string, string> }).evidence['ticket-url'] = 'https://desk.example.org/ticket/2';
    const { runbook, source } = loadFixture();
    const result = await verifyAuditRecord(JSON.stringify(record), source, runbook);
    const problem = result.problems.find((p) => p.code === 'hash-mismatch')!;
    expect(problem).toMatchObject({ seq: 2, step: { id: 'open-ticket', title: 'Open the ticket', number: 1 } });
    expect(problem.message).toContain('the completion (evidence and sub-checks) of step 1 "Open the ticket", by alice@example.org at 2025-03-03T08:01:00.000Z');
  });

  it('a rechained record with an invalid evidence value names the step and the evidence field by its label', async () => {
    const record = valid();
    (record.events[1]!.data as { evidence: Record<string, string> }).evidence['ticket-url'] = 'not a link';
    record.events = await rechain(record.events);
    record.headHash = record.events.at(-1)!.hash;
    const { runbook, source } = loadFixture();
    const result = await verifyAuditRecord(JSON.stringify(record), source, runbook);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ seq: 2, code: 'invalid-action', field: 'ticket-url', step: { id: 'open-ticket', number: 1 } });
    expect(result.problems[0]!.message).toContain('on step 1 "Open the ticket", evidence "Ticket link"');
    const cli = await runCli(['verify', temp('r.json', JSON.stringify(record)), '--runbook', RUNBOOK], { cwd: ROOT });
    expect(cli.stdout).toContain('evidence "Ticket link"');
  });
});
