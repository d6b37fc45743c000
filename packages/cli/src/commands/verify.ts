import { resolve } from 'node:path';
import { escapeUnsafeCharacters, findUnsafeCharacters } from '@stepwise/core';
import { MAX_RECORD_BYTES, sha256Hex, verifyAuditRecord, type AuditVerification } from '@stepwise/runbook';
import { EXIT } from '../exitCodes';
import { readRegularFile } from '../files/readRegularFile';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { createAnsi, wantsColor, type Ansi } from '../terminal/ansi';
import { findRunbookById, loadRunbookFile } from '../terminal/loadRunbookFile';

const HEAD_HASH = /^[0-9a-fA-F]{64}$/;

const usage = `Usage: stepwise verify <record.json> [--head <hash>] [--runbook <runbook.yaml|id>]

Verifies an audit record written by \`stepwise run\` (or the site): every event's hash and its
link to the one before, sequence numbers, time order, the head hash and the event count. With
the runbook (--runbook, or runbooks/<id>.yaml of the project), also checks that the record names
that exact runbook source and replays every event as a valid action. With --head, checks that
the record ends in the head hash written in the ticket.

Without the ticket's head hash, a record is only shown to be consistent: a record cut short,
with its count and head hash adjusted, cannot be told from a shorter run. Give --head.

Options:
  --head <hash>        the head hash from the ticket (64 hex digits)
  --runbook <file|id>  the runbook the run followed
  --json               print the verification result as JSON
  -h, --help           this help

Exit codes: 0 valid, 1 invalid (every problem is listed with its event, step and field; also
when runbooks/<id>.yaml exists with another source than the run followed, or --head does not
match), 2 unreadable record or runbook, or usage error.
`;

export const verify: CliCommand = {
  name: 'verify',
  summary: 'Verify the hash chain and replay of an audit record.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { runbook: { type: 'string' }, head: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one record file.' : 'which record? Give the path of a record.json.');
    if (values.head !== undefined && !HEAD_HASH.test(values.head.trim())) throw new UsageError('--head takes the head hash from the ticket: 64 hex digits.');
    const recordPath = positionals[0]!;
    const ansi = createAnsi(wantsColor(io.stdout, io.env));

    // Any path may be named (the record is not a project file), but only a regular file, and
    // at most MAX_RECORD_BYTES (64 MiB) of it, is read.
    const read = readRegularFile(resolve(io.cwd, recordPath), { root: '/', maxBytes: MAX_RECORD_BYTES });
    if (!read.ok) {
      const reason = read.reason === 'missing' ? 'no such file' : read.reason === 'too-large' ? `it is larger than ${MAX_RECORD_BYTES / 1024 / 1024} MiB` : read.message;
      io.stderr.write(`stepwise verify: cannot read record ${safe(recordPath)}: ${reason}.\n`);
      return EXIT.usage;
    }
    const text = read.text;
    const options = values.head === undefined ? {} : { expectedHeadHash: values.head };
    let lenient: unknown;
    try {
      lenient = JSON.parse(text);
    } catch (error) {
      io.stderr.write(`stepwise verify: cannot read record ${safe(recordPath)}: not valid JSON (${safe(error instanceof Error ? error.message : String(error))}).\n`);
      return EXIT.usage;
    }
    // JSON that parses but not strictly (a duplicate key, an unsafe integer) is a tampered
    // record, exit 1: the engine reads the text itself, strictly.
    const named = recordRunbook(lenient);
    const notes: string[] = [];
    let result: AuditVerification;
    if (values.runbook !== undefined) {
      const loaded = loadRunbookFile(values.runbook, io.cwd);
      if (!loaded.ok) {
        io.stderr.write(`stepwise verify: ${loaded.message}\n`);
        return EXIT.usage;
      }
      result = await verifyAuditRecord(text, loaded.source, loaded.runbook, options);
    } else {
      // The project's own runbook of that id is what the record claims to follow: if it exists
      // with another source, that is a finding, never a silent chain-only check (issue 15).
      const found = named ? findRunbookById(named.id, io.cwd) : undefined;
      if (found?.ok) {
        result = await verifyAuditRecord(text, found.source, found.runbook, options);
        if (named && (await sha256Hex(found.source)) !== named.sourceSha256) notes.push(`${found.path}, this project's runbook "${safe(named.id)}", is not the source the run followed: the run was made against another version or an edited copy.`);
      } else {
        result = await verifyAuditRecord(text, undefined, undefined, options);
        notes.push('the events were not replayed against the runbook: pass --runbook <file> (the runbook source the run followed).');
      }
    }

    if (values.json) {
      const { state: _state, ...rest } = result;
      io.stdout.write(`${jsonSafe(JSON.stringify(rest, null, 2))}\n`);
      return result.valid ? EXIT.ok : EXIT.findings;
    }
    io.stdout.write(result.valid ? formatValid(recordPath, result, notes, ansi) : formatInvalid(recordPath, result, notes, ansi));
    return result.valid ? EXIT.ok : EXIT.findings;
  },
};

/** The runbook the record names, read leniently only to find runbooks/<id>.yaml. */
function recordRunbook(record: unknown): { id: string; sourceSha256: string } | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const rb = (record as { runbook?: { id?: unknown; sourceSha256?: unknown } }).runbook;
  return rb && typeof rb.id === 'string' && typeof rb.sourceSha256 === 'string' ? { id: rb.id, sourceSha256: rb.sourceSha256 } : undefined;
}

/** Text from a record or the command line on one terminal line: no control, newline or bidi character. */
function safe(text: string): string {
  return escapeUnsafeCharacters(text);
}

/** JSON.stringify escapes controls but not bidi or invisible characters: escape those too (still valid JSON). */
function jsonSafe(json: string): string {
  let out = '';
  let from = 0;
  for (const c of findUnsafeCharacters(json)) {
    const char = String.fromCodePoint(c.codePoint);
    const units = Array.from({ length: char.length }, (_, k) => `\\u${char.charCodeAt(k).toString(16).padStart(4, '0')}`);
    out += json.slice(from, c.index) + units.join('');
    from = c.index + char.length;
  }
  return out + json.slice(from);
}

function formatValid(path: string, result: AuditVerification, notes: string[], ansi: Ansi): string {
  const s = result.summary!;
  const verdict = result.matchesTicket ? 'matches the ticket' : 'consistent; not compared with the ticket';
  const lines = [
    `${ansi.ok(ansi.bold('valid'))}: ${safe(path)} (${verdict})`,
    `  head hash: ${ansi.bold(result.headHash ?? '')}`,
    `  runbook:   ${safe(s.runbook.id)} ${safe(s.runbook.version)}${s.variant ? ` (variant ${safe(s.variant)})` : ''}, source sha256 ${safe(s.runbook.sourceSha256.slice(0, 12))}…`,
    `  events:    ${s.eventCount}, ${safe(s.startedAt)} to ${safe(s.lastAt)}, by ${s.actors.map(safe).join(', ')}`,
  ];
  if (s.outcome !== undefined) lines.push(`  outcome:   ${s.outcome ?? 'in progress'} (${s.progress!.done} of ${s.progress!.total} steps resolved)`);
  for (const note of notes) lines.push(`  ${ansi.warn('note')}: ${safe(note)}`);
  if (result.matchesTicket) lines.push('  The record ends in the head hash from the ticket: it is the whole run the ticket recorded.');
  else lines.push("  Compare the head hash with the one in the ticket (--head <hash>): without it, a record cut short at an earlier event cannot be told from a shorter run.");
  return `${lines.join('\n')}\n`;
}

function formatInvalid(path: string, result: AuditVerification, notes: string[], ansi: Ansi): string {
  const lines = [`${ansi.bad(ansi.bold('invalid'))}: ${safe(path)}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`];
  for (const note of notes) lines.push(`  ${ansi.warn('note')}: ${safe(note)}`);
  for (const p of result.problems) lines.push(`  ${p.seq === null ? 'record' : `event ${p.seq}`}: ${ansi.dim(p.code)}: ${safe(p.message)}`);
  return `${lines.join('\n')}\n`;
}
