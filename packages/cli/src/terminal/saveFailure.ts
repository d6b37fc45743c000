import { escapeUnsafeCharacters } from '@stepwise/core';
import type { Run, RunEvent } from '@stepwise/runbook';

/** A save of the run that did not reach the disk: the record, or its Markdown copy. */
export class SaveFailed extends Error {
  constructor(
    readonly what: 'record' | 'markdown',
    /** The run that was to be saved; its last event is the action that may be lost. */
    readonly run: Run,
    /** The last run saved to the record file, if any. */
    readonly saved: Run | undefined,
    override readonly cause: unknown,
  ) {
    super(`could not save the ${what}`);
  }
}

/**
 * What a failed save means for the person at the terminal, in words (issue 15 item 6: disk full
 * or a read-only folder used to print "internal error"): what was not recorded, what the file on
 * disk holds, and the command that continues from it.
 */
export function saveFailureMessage(failure: SaveFailed, where: { outArg: string; markdownArg: string | undefined; runbookArg: string; describe: (event: RunEvent) => string }): string {
  const reason = describeError(failure.cause);
  const out = escapeUnsafeCharacters(where.outArg);
  const resume = `stepwise run ${escapeUnsafeCharacters(where.runbookArg)} --resume ${out}`;
  if (failure.what === 'markdown') {
    return `\nstepwise run: could not write the Markdown copy ${escapeUnsafeCharacters(where.markdownArg ?? '')} (${reason}). The record ${out} holds every action so far (${failure.run.events.length} events); the run stopped here.\nFix the problem, then continue with: ${resume}\n`;
  }
  const last = failure.run.events.at(-1)!;
  if (failure.saved === undefined) {
    return `\nstepwise run: could not save the record to ${out} (${reason}). Nothing was recorded: the run was not started.\nFree some space or choose a folder you can write to (--out), then start again.\n`;
  }
  const onDisk = failure.saved.events.length;
  if (failure.saved === failure.run) {
    return `\nstepwise run: could not write the record ${out} (${reason}). It still holds its ${onDisk} events; nothing new was recorded.\nFix the problem, then continue with: ${resume}\n`;
  }
  return (
    `\nstepwise run: could not save the record to ${out} (${reason}).\n` +
    `NOT recorded: event ${last.seq}, ${where.describe(last)}.\n` +
    `The record on disk holds ${onDisk} event${onDisk === 1 ? '' : 's'}, up to event ${onDisk}: ${where.describe(failure.saved.events.at(-1)!)}.\n` +
    `Free some space or make the folder writable, then continue with: ${resume}\n` +
    `and do the action again.\n`
  );
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words: Record<string, string> = { ENOSPC: 'the disk is full', EDQUOT: 'the disk quota is used up', EROFS: 'the file system is read-only', EACCES: 'permission denied', EPERM: 'permission denied', ENOENT: 'the folder does not exist', ENOTDIR: 'a part of the path is not a folder', EISDIR: 'the path is a folder' };
  return code ? `${words[code] ?? 'write failed'}, ${code}` : escapeUnsafeCharacters(error instanceof Error ? error.message : String(error));
}
