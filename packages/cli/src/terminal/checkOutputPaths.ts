import { closeSync, existsSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { basename } from 'node:path';

export interface OutputPaths {
  cwd: string;
  /** The record file this run writes. */
  out: string;
  /** The record being resumed, if any. */
  resume?: string | undefined;
  markdown?: string | undefined;
  /** The runbook file followed. */
  runbook: string;
  force: boolean;
}

const MARKDOWN_FILE = /\.(md|markdown)$/i;
const OUR_MARKDOWN = '# Audit record: ';

/**
 * The files `stepwise run` is about to overwrite after every action, checked before the first
 * question (issue 15 item 6): the Markdown copy must never be the record (it would replace the
 * record with Markdown), the runbook or any other project file; an existing `--out` other than the
 * resumed record belongs to another run. Returns the refusal, or undefined when all is well.
 */
export function checkOutputPaths(paths: OutputPaths): string | undefined {
  const { out, resume, markdown, runbook, force } = paths;
  if (resume !== undefined && !sameFile(out, resume) && existsSync(out) && !force) {
    return `--out ${basename(out)} already exists and is not the record being resumed: it would be replaced. Choose another --out, or give --force to replace it.`;
  }
  if (markdown === undefined) return undefined;
  if (sameFile(markdown, out) || (resume !== undefined && sameFile(markdown, resume))) return `--markdown ${basename(markdown)} is the record itself: the record would be replaced by its Markdown. Give another file.`;
  if (sameFile(markdown, runbook)) return `--markdown ${basename(markdown)} is the runbook: it would be overwritten. Give another file.`;
  if (!MARKDOWN_FILE.test(markdown)) return `--markdown takes a Markdown file (name.md), not ${basename(markdown)}: anything else may be a project file that would be overwritten.`;
  if (existsSync(markdown) && !force && !isOurMarkdown(markdown)) {
    return `--markdown ${basename(markdown)} already exists and is not a record's Markdown: it would be overwritten. Choose another file, or give --force.`;
  }
  return undefined;
}

/** Same file: the same path once symlinks are resolved, or (hard links) the same inode. */
function sameFile(a: string, b: string): boolean {
  if (real(a) === real(b)) return true;
  try {
    const sa = statSync(a);
    const sb = statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Whether a file starts as `formatAuditMarkdown` writes: a Markdown copy from an earlier session. */
function isOurMarkdown(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    const fd = openSync(path, 'r');
    try {
      const buffer = Buffer.alloc(OUR_MARKDOWN.length);
      const read = readSync(fd, buffer, 0, buffer.length, 0);
      return buffer.subarray(0, read).toString('utf8') === OUR_MARKDOWN;
    } finally {
      closeSync(fd);
    }
  } catch {
    return false;
  }
}
