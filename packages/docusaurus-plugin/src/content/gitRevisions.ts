import { execFileSync } from 'node:child_process';
import type { Revision } from './types';

const FORMAT = '%H%x1f%cI%x1f%an%x1f%s';

/**
 * The last commit of each file (`git log -1`), for the auditor's view of source revisions.
 * Without git, outside a repository, or for an uncommitted file, the revision is simply absent.
 */
export function gitRevisions(siteDir: string, paths: readonly string[]): Map<string, Revision> {
  const revisions = new Map<string, Revision>();
  for (const path of paths) {
    const revision = gitRevision(siteDir, path);
    if (revision) revisions.set(path, revision);
  }
  return revisions;
}

/** The last commit touching `path` (or the whole tree when omitted). */
export function gitRevision(cwd: string, path?: string): Revision | undefined {
  let output: string;
  try {
    const args = ['log', '-1', `--format=${FORMAT}`];
    if (path !== undefined) args.push('--', path);
    output = execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
  } catch {
    return undefined;
  }
  const [commit, date, author, subject] = output.trim().split('\u001f');
  if (!commit || !date) return undefined;
  return { commit, date, author: author ?? '', subject: subject ?? '' };
}
