import { existsSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { DEFAULT_LOAD_OPTIONS } from '@stepwise/core';
import { loadRunbook, type Runbook } from '@stepwise/runbook';
import { readRegularFile } from '../files/readRegularFile';

export type LoadedRunbookFile = { ok: true; runbook: Runbook; source: string; path: string } | { ok: false; message: string };

const RUNBOOK_ID = /^[a-z0-9][a-z0-9-]*$/;

/**
 * `<runbook.yaml|id>` -> the runbook: a path to a file, or the id of a runbook in `runbooks/`
 * under the working folder. A runbook with errors is refused with its diagnostics: a checklist
 * must never run on a procedure that does not validate.
 */
export function loadRunbookFile(nameOrPath: string, cwd: string): LoadedRunbookFile {
  let path = resolve(cwd, nameOrPath);
  if (!existsSync(path) && RUNBOOK_ID.test(nameOrPath)) {
    const byId = ['yaml', 'yml'].map((ext) => resolve(cwd, 'runbooks', `${nameOrPath}.${ext}`)).find((p) => existsSync(p));
    if (byId) path = byId;
  }
  const shown = relative(cwd, path) || path;
  // Read as `validate` reads: a regular file inside the project (the working folder, or the
  // named file's folder when it lies outside), at most the size limit (issue 15 item 1).
  const rel = relative(cwd, path);
  const root = rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel) ? cwd : dirname(path);
  const read = readRegularFile(path, { root, maxBytes: DEFAULT_LOAD_OPTIONS.maxSize });
  if (!read.ok) {
    if (read.reason === 'missing') return { ok: false, message: `cannot read runbook "${nameOrPath}": no such file (looked for ${shown}${RUNBOOK_ID.test(nameOrPath) ? ` and runbooks/${nameOrPath}.yaml` : ''}).` };
    return { ok: false, message: `cannot read runbook ${shown}: ${read.message}.` };
  }
  const source = read.text;
  const loaded = loadRunbook(source, shown);
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (!loaded.runbook || errors.length > 0) {
    const list = errors.map((d) => `  ${d.file}:${d.range.start.line}:${d.range.start.column} ${d.code}: ${d.message}`).join('\n');
    return { ok: false, message: `runbook ${shown} does not validate:\n${list}\nRun \`stepwise validate ${shown}\` for details.` };
  }
  return { ok: true, runbook: loaded.runbook, source, path: shown };
}

/** The runbook that a record names, from `runbooks/<id>.yaml`, when it is there. */
export function findRunbookById(id: string, cwd: string): LoadedRunbookFile | undefined {
  if (!RUNBOOK_ID.test(id)) return undefined;
  const path = ['yaml', 'yml'].map((ext) => resolve(cwd, 'runbooks', `${id}.${ext}`)).find((p) => existsSync(p));
  return path ? loadRunbookFile(path, cwd) : undefined;
}
