import { execFileSync } from 'node:child_process';
import type { Revision } from './types';

const FIELD = '\u001f';
const RECORD = '\u001e';
const FORMAT = `${RECORD}%H${FIELD}%cI${FIELD}%an${FIELD}%s`;

/**
 * The last commit of each file, for the auditor's view of source revisions: one `git log` over
 * all the paths (newest first, so the first commit naming a file is its last change) rather than
 * a process per file, which costs seconds with hundreds of runbooks. Without git, outside a
 * repository, or for an uncommitted file, the revision is simply absent.
 */
export function gitRevisions(siteDir: string, paths: readonly string[]): Map<string, Revision> {
  const revisions = new Map<string, Revision>();
  if (paths.length === 0) return revisions;
  const wanted = new Set(paths);
  const output = git(siteDir, ['log', `--format=${FORMAT}`, '--name-only', '--relative', '--no-renames', '--', ...paths]);
  if (output === undefined) return revisions;
  for (const record of output.split(RECORD)) {
    const [header, ...names] = record.split('\n');
    const revision = parseHeader(header ?? '');
    if (!revision) continue;
    for (const name of names) {
      const path = name.trim();
      if (wanted.has(path) && !revisions.has(path)) revisions.set(path, revision);
    }
  }
  return revisions;
}

/** The last commit of the whole tree: the revision the site was built from. */
export function gitRevision(cwd: string): Revision | undefined {
  const output = git(cwd, ['log', '-1', `--format=${FORMAT}`]);
  return output === undefined ? undefined : parseHeader(output.replace(RECORD, '').trim());
}

function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 30_000, maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

function parseHeader(header: string): Revision | undefined {
  const [commit, date, author, subject] = header.split(FIELD);
  if (!commit || !date) return undefined;
  return { commit, date, author: author ?? '', subject: subject ?? '' };
}
