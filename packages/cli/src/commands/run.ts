import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { escapeUnsafeCharacters } from '@stepwise/core';
import {
  auditRecordToJson,
  describeEvent,
  exportAuditRecord,
  formatAuditMarkdown,
  MAX_RECORD_BYTES,
  parseFieldInput,
  resumeRun,
  startRun,
  verifyAuditRecord,
  type FieldValue,
  type Run,
  type RunEvent,
  type Runbook,
} from '@stepwise/runbook';
import { EXIT } from '../exitCodes';
import { readRegularFile } from '../files/readRegularFile';
import { UsageError, type CliCommand, type CliIO } from '../io';
import { parseOptions } from '../parseOptions';
import { createAnsi, stripControls, wantsColor } from '../terminal/ansi';
import { createLineReader } from '../terminal/lineReader';
import { loadRunbookFile } from '../terminal/loadRunbookFile';
import { createPrompts, QUIT, type Prompts } from '../terminal/prompts';
import { runChecklist } from '../terminal/runChecklist';
import { checkOutputPaths } from '../terminal/checkOutputPaths';
import { SaveFailed, saveFailureMessage } from '../terminal/saveFailure';
import { writeFileAtomic } from '../terminal/writeFileAtomic';

const usage = `Usage: stepwise run <runbook.yaml|id> [options]

Follows a runbook as a checklist in the terminal: each applicable step with its instructions and
commands, its sub-checks and the evidence to record. The audit record is saved after every
action, so nothing is lost if the terminal closes; --resume continues it.

Options:
  --variant <id>          the environment (asked when the runbook has variants and it is not given)
  --actor <name>          who performs the run (default: $STEPWISE_ACTOR, then $USER)
  --input <key=value>     a run input, repeatable (missing inputs are asked)
  --out <record.json>     where to save the record (default: <runbook-id>-<UTC time>.record.json;
                          with --resume, the resumed file)
  --markdown <file.md>    also save the record as Markdown for the ticket, after every action
                          (never the record itself or a project file; an existing file only
                          when it is a record's Markdown, or with --force)
  --resume <record.json>  continue a saved run (the record is verified first)
  --force                 with --resume, write to an existing --out other than the resumed
                          record; overwrite an existing --markdown file
  -h, --help              this help

Never type a password into a step: secret fields are not asked and are never recorded.
Exit codes: 0 saved (complete or not), 1 the record to resume is invalid, or a save failed (the
message says what was not recorded and how to resume), 2 usage error or unreadable runbook or
record.
`;

export const run: CliCommand = {
  name: 'run',
  summary: 'Follow a runbook as a checklist in the terminal, recording an audit record.',
  usage,
  async run(argv, io) {
    const { values, positionals } = parseOptions(argv, {
      variant: { type: 'string' },
      actor: { type: 'string' },
      input: { type: 'string', multiple: true },
      out: { type: 'string' },
      markdown: { type: 'string' },
      resume: { type: 'string' },
      force: { type: 'boolean', default: false },
    });
    if (positionals.length !== 1) throw new UsageError(positionals.length ? 'give one runbook.' : 'which runbook? Give a runbook file or id.');
    if (values.resume !== undefined && (values.variant !== undefined || values.input !== undefined)) throw new UsageError('--variant and --input come from the record when resuming.');
    const loaded = loadRunbookFile(positionals[0]!, io.cwd);
    if (!loaded.ok) {
      io.stderr.write(`stepwise run: ${loaded.message}\n`);
      return EXIT.usage;
    }
    const { runbook, source } = loaded;
    const ansi = createAnsi(wantsColor(io.stdout, io.env));
    const width = Math.max(40, Math.min(100, (io.stdout.columns ?? 80) - 2));
    const write = (text: string) => void io.stdout.write(text);
    const clock = () => new Date();

    const outArg = values.out ?? values.resume ?? `${runbook.id}-${new Date().toISOString().replace(/[-:]|\.\d+/g, '')}.record.json`;
    const outPath = resolve(io.cwd, outArg);
    if (values.resume === undefined && existsSync(outPath)) throw new UsageError(`${outArg} already exists: continue it with --resume ${outArg}, or choose another --out.`);
    // Every file this run will write is checked before any question (issue 15 item 6).
    const refusal = checkOutputPaths({ cwd: io.cwd, out: outPath, resume: values.resume === undefined ? undefined : resolve(io.cwd, values.resume), markdown: values.markdown === undefined ? undefined : resolve(io.cwd, values.markdown), runbook: resolve(io.cwd, loaded.path), force: values.force ?? false });
    if (refusal) throw new UsageError(refusal);
    const markdownPath = values.markdown === undefined ? undefined : resolve(io.cwd, values.markdown);

    const reader = createLineReader(io);
    const prompts = createPrompts(reader, write, ansi);
    try {
      write(`${ansi.bold(stripControls(runbook.title))} ${ansi.dim(`(${runbook.id} ${runbook.version})`)}\n`);
      let current: Run;
      if (values.resume !== undefined) {
        const resumed = await resume(values.resume, runbook, source, values.actor ?? envActor(io), io);
        if (typeof resumed === 'number') return resumed;
        current = resumed;
        write(`Resuming ${values.resume}: ${current.events.length} events, ${current.state.progress.done} of ${current.state.progress.total} steps resolved.\n`);
      } else {
        // Everything given on the command line is checked before any question is asked.
        const given = parseGivenInputs(runbook, values.input ?? []);
        const variant = await chooseVariant(runbook, values.variant, prompts);
        if (variant === QUIT) return ended(io);
        const inputs = await askMissingInputs(runbook, given, prompts);
        if (inputs === QUIT) return ended(io);
        let actor = values.actor ?? envActor(io);
        while (actor === undefined || actor.trim() === '') {
          const answer = await prompts.text('Your name (recorded as the actor): ');
          if (answer === QUIT) return ended(io);
          actor = answer;
        }
        const started = await startRun({ runbook, runbookSource: source, variant, inputs, actor, clock });
        if (!started.ok) {
          io.stderr.write(`stepwise run: ${started.error.message}\n`);
          return EXIT.usage;
        }
        current = started.run;
      }

      // What is on disk: a failed save names the action that was not recorded and the last one that was.
      let saved: Run | undefined = values.resume === undefined ? undefined : current;
      const save = (r: Run) => {
        const record = exportAuditRecord(r);
        try {
          writeFileAtomic(outPath, auditRecordToJson(record));
        } catch (error) {
          throw new SaveFailed('record', r, saved, error);
        }
        saved = r;
        if (!markdownPath) return;
        try {
          writeFileAtomic(markdownPath, formatAuditMarkdown(record, runbook));
        } catch (error) {
          throw new SaveFailed('markdown', r, saved, error);
        }
      };
      let final: Run;
      try {
        save(current);
        write(`Recording to ${outArg} (saved after every action).\n`);
        final = await runChecklist({ run: current, prompts, write, ansi, width, save });
      } catch (error) {
        if (!(error instanceof SaveFailed)) throw error;
        io.stderr.write(saveFailureMessage(error, { outArg, markdownArg: values.markdown, runbookArg: positionals[0]!, describe: (event) => describeEvent(event, runbook) }));
        return EXIT.findings;
      }
      const head = final.events.at(-1)!.hash;
      write(`\nRecord saved to ${outArg}: ${final.events.length} events, head hash ${head}.\n`);
      write(final.state.complete ? `Verify it with: stepwise verify ${outArg} --runbook ${positionals[0]}\n` : `Continue with: stepwise run ${positionals[0]} --resume ${outArg}\n`);
      return EXIT.ok;
    } finally {
      reader.close();
    }
  },
};

function envActor(io: CliIO): string | undefined {
  return io.env['STEPWISE_ACTOR'] ?? io.env['USER'] ?? io.env['USERNAME'];
}

function ended(io: CliIO): number {
  io.stderr.write('\nstepwise run: input ended before the run started; nothing was recorded.\n');
  return EXIT.usage;
}

async function resume(path: string, runbook: Runbook, source: string, actor: string | undefined, io: CliIO): Promise<Run | number> {
  const read = readRegularFile(resolve(io.cwd, path), { root: '/', maxBytes: MAX_RECORD_BYTES });
  let record: unknown;
  try {
    if (!read.ok) throw new Error(read.reason === 'missing' ? 'no such file, or not readable' : read.message);
    record = JSON.parse(read.text);
  } catch (error) {
    io.stderr.write(`stepwise run: cannot read record ${escapeUnsafeCharacters(path)}: ${error instanceof SyntaxError ? 'not valid JSON' : escapeUnsafeCharacters(error instanceof Error ? error.message : String(error))}.\n`);
    return EXIT.usage;
  }
  // The text, not the parsed value: the record is read strictly (duplicate keys, unsafe integers).
  const verified = await verifyAuditRecord(read.text, source, runbook);
  if (!verified.valid) {
    io.stderr.write(`stepwise run: ${escapeUnsafeCharacters(path)} does not verify; it cannot be continued:\n`);
    for (const p of verified.problems) io.stderr.write(`  ${p.seq === null ? 'record' : `event ${p.seq}`}: ${p.code}: ${escapeUnsafeCharacters(p.message)}\n`);
    return EXIT.findings;
  }
  const events = (record as { events: RunEvent[] }).events;
  const resumed = resumeRun(runbook, events, { actor: actor ?? verified.summary!.startedBy, clock: () => new Date() });
  if (!resumed.ok) {
    io.stderr.write(`stepwise run: ${resumed.error.message}\n`);
    return EXIT.findings;
  }
  return resumed.run;
}

async function chooseVariant(runbook: Runbook, given: string | undefined, prompts: Prompts): Promise<string | null | typeof QUIT> {
  const variants = runbook.variants ?? [];
  if (variants.length === 0) {
    if (given !== undefined) throw new UsageError(`runbook ${runbook.id} has no variants.`);
    return null;
  }
  if (given !== undefined) {
    if (!variants.some((v) => v.id === given)) throw new UsageError(`unknown variant "${given}"; choose one of: ${variants.map((v) => v.id).join(', ')}.`);
    return given;
  }
  return prompts.choose('Which environment? ', variants);
}

function parseGivenInputs(runbook: Runbook, given: readonly string[]): Record<string, FieldValue> {
  const fields = runbook.inputs ?? [];
  const inputs: Record<string, FieldValue> = {};
  for (const pair of given) {
    const eq = pair.indexOf('=');
    if (eq < 1) throw new UsageError(`--input takes key=value, not "${pair}".`);
    const key = pair.slice(0, eq);
    const field = fields.find((f) => f.id === key);
    if (!field) throw new UsageError(`runbook ${runbook.id} has no input "${key}"${fields.length ? `; its inputs: ${fields.map((f) => f.id).join(', ')}` : ''}.`);
    if (field.secret) throw new UsageError(`input "${key}" is a secret; secrets are never recorded or passed on the command line.`);
    const parsed = parseFieldInput(field, pair.slice(eq + 1));
    if (!parsed.ok) throw new UsageError(`--input ${key}: ${parsed.message}`);
    inputs[key] = parsed.value;
  }
  return inputs;
}

async function askMissingInputs(runbook: Runbook, given: Record<string, FieldValue>, prompts: Prompts): Promise<Record<string, FieldValue> | typeof QUIT> {
  const fields = runbook.inputs ?? [];
  const inputs = { ...given };
  const missing = fields.filter((f) => !f.secret && !Object.hasOwn(inputs, f.id));
  for (const field of missing) {
    const value = await prompts.field(field, '');
    if (value === QUIT) return QUIT;
    if (value !== undefined) inputs[field.id] = value;
  }
  return inputs;
}
