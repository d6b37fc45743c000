import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sha256Hex, verifyAuditRecord, type AuditVerification } from '@stepwise/runbook';
import { EXIT } from '../exitCodes';
import { UsageError, type CliCommand } from '../io';
import { parseOptions } from '../parseOptions';
import { createAnsi, stripControls, wantsColor, type Ansi } from '../terminal/ansi';
import { findRunbookById, loadRunbookFile } from '../terminal/loadRunbookFile';

const MAX_RECORD_BYTES = 16 * 1024 * 1024;

const usage = `Usage: stepwise verify <record.json> [--runbook <runbook.yaml|id>]

Verifies an audit record written by \`stepwise run\` (or the site): every event's hash and its
link to the one before, sequence numbers, time order, the head hash and the event count. With
the runbook (--runbook, or runbooks/<id>.yaml when its source matches the record), also checks
that the record names that exact runbook source and replays every event as a valid action.

Options:
  --runbook <file|id>  the runbook the run followed
  --json               print the verification result as JSON
  -h, --help           this help

Exit codes: 0 valid, 1 invalid (every problem is listed with its event number), 2 unreadable
record or runbook, or usage error.
`;

export const verify: CliCommand = {
  name: 'verify',
  summary: 'Verify the hash chain and replay of an audit record.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, { runbook: { type: 'string' }, json: { type: 'boolean' } });
    if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one record file.' : 'which record? Give the path of a record.json.');
    const recordPath = positionals[0]!;
    const ansi = createAnsi(wantsColor(io.stdout, io.env));

    let record: unknown;
    try {
      const absolute = resolve(io.cwd, recordPath);
      if (statSync(absolute).size > MAX_RECORD_BYTES) throw new Error('it is larger than 16 MiB');
      record = JSON.parse(readFileSync(absolute, 'utf8'));
    } catch (error) {
      const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : error instanceof Error && 'code' in error ? 'no such file, or not readable' : error instanceof Error ? error.message : String(error);
      io.stderr.write(`stepwise verify: cannot read record ${recordPath}: ${reason}.\n`);
      return EXIT.usage;
    }

    const named = recordRunbook(record);
    let notes: string[] = [];
    let result: AuditVerification;
    if (values.runbook !== undefined) {
      const loaded = loadRunbookFile(values.runbook, io.cwd);
      if (!loaded.ok) {
        io.stderr.write(`stepwise verify: ${loaded.message}\n`);
        return EXIT.usage;
      }
      result = await verifyAuditRecord(record, loaded.source, loaded.runbook);
    } else {
      // Use the project's copy of the runbook only when it is the exact source the run followed.
      const found = named ? findRunbookById(named.id, io.cwd) : undefined;
      if (found?.ok && named && (await sha256Hex(found.source)) === named.sourceSha256) result = await verifyAuditRecord(record, found.source, found.runbook);
      else {
        result = await verifyAuditRecord(record);
        notes = ['the events were not replayed against the runbook: pass --runbook <file> (the runbook source the run followed).'];
      }
    }

    if (values.json) {
      const { state: _state, ...rest } = result;
      io.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
      return result.valid ? EXIT.ok : EXIT.findings;
    }
    io.stdout.write(result.valid ? formatValid(recordPath, result, notes, ansi) : formatInvalid(recordPath, result, ansi));
    return result.valid ? EXIT.ok : EXIT.findings;
  },
};

function recordRunbook(record: unknown): { id: string; sourceSha256: string } | undefined {
  if (typeof record !== 'object' || record === null) return undefined;
  const rb = (record as { runbook?: { id?: unknown; sourceSha256?: unknown } }).runbook;
  return rb && typeof rb.id === 'string' && typeof rb.sourceSha256 === 'string' ? { id: rb.id, sourceSha256: rb.sourceSha256 } : undefined;
}

function formatValid(path: string, result: AuditVerification, notes: string[], ansi: Ansi): string {
  const s = result.summary!;
  const clean = (text: string) => stripControls(text);
  const lines = [
    `${ansi.ok(ansi.bold('valid'))}: ${path}`,
    `  head hash: ${ansi.bold(result.headHash ?? '')}`,
    `  runbook:   ${clean(s.runbook.id)} ${clean(s.runbook.version)}${s.variant ? ` (variant ${clean(s.variant)})` : ''}, source sha256 ${s.runbook.sourceSha256.slice(0, 12)}…`,
    `  events:    ${s.eventCount}, ${clean(s.startedAt)} to ${clean(s.lastAt)}, by ${s.actors.map(clean).join(', ')}`,
  ];
  if (s.outcome !== undefined) lines.push(`  outcome:   ${s.outcome ?? 'in progress'} (${s.progress!.done} of ${s.progress!.total} steps resolved)`);
  for (const note of notes) lines.push(`  ${ansi.warn('note')}: ${note}`);
  lines.push(`  Compare the head hash with the one recorded in the ticket: a whole chain can be rebuilt, but not to the same head hash.`);
  return `${lines.join('\n')}\n`;
}

function formatInvalid(path: string, result: AuditVerification, ansi: Ansi): string {
  const lines = [`${ansi.bad(ansi.bold('invalid'))}: ${path}: ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}`];
  for (const p of result.problems) lines.push(`  ${p.seq === null ? 'record' : `event ${p.seq}`}: ${ansi.dim(p.code)}: ${stripControls(p.message)}`);
  return `${lines.join('\n')}\n`;
}
