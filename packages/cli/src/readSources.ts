import { readdirSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DEFAULT_LOAD_OPTIONS, type FileCode } from '@stepwise/core';
import type { SourceFile } from '@stepwise/project';
import { folderOutsideRoot, readRegularFile } from './files/readRegularFile';
import { UsageError } from './io';

const YAML_FILE = /\.ya?ml$/i;

export interface RefusedSource {
  path: string;
  code: FileCode;
  message: string;
}

export interface ReadSourcesResult {
  files: SourceFile[];
  /** Files over the size limit: never read past the limit, so a 10 MB file (or /dev/zero) costs nothing. */
  oversized: { path: string; size: number }[];
  /** Symlinks out of the project and anything that is not a regular file: not read at all. */
  refused: RefusedSource[];
}

/**
 * Expands paths (files, or folders searched recursively for .yaml/.yml) into source files,
 * named relative to `cwd` as the diagnostics will show them. A path that does not exist or
 * cannot be read is a usage error. The project is `cwd` (or, for a path outside it, the folder
 * named): a symlink whose target leaves it, a FIFO, a device or a socket is refused by name and
 * never opened (see `readRegularFile`).
 */
export function readSources(paths: readonly string[], cwd: string, { optional = false } = {}): ReadSourcesResult {
  const files: SourceFile[] = [];
  const oversized: { path: string; size: number }[] = [];
  const refused: RefusedSource[] = [];
  const seen = new Set<string>();
  const maxBytes = DEFAULT_LOAD_OPTIONS.maxSize;
  const visit = (absolute: string, explicit: boolean, root: string) => {
    const name = relative(cwd, absolute) || absolute;
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      if (optional) return;
      throw new UsageError(`cannot read "${name}": no such file or folder.`);
    }
    if (stat.isDirectory()) {
      const outside = folderOutsideRoot(absolute, root);
      if (outside !== undefined) {
        refused.push({ path: name, code: 'file-outside-project', message: `The folder resolves to ${outside}, outside the project folder; symlinks out of the project are not followed.` });
        return;
      }
      for (const entry of readdirSync(absolute).sort()) {
        if (entry === 'node_modules' || entry.startsWith('.')) continue;
        const child = join(absolute, entry);
        if (YAML_FILE.test(entry) || safeIsDirectory(child)) visit(child, false, root);
      }
      return;
    }
    if (!explicit && !YAML_FILE.test(absolute)) return;
    if (seen.has(name)) return;
    seen.add(name);
    const read = readRegularFile(absolute, { root, maxBytes });
    if (read.ok) files.push({ path: name, text: read.text });
    else if (read.reason === 'folder') return;
    else if (read.reason === 'too-large') oversized.push({ path: name, size: read.bytes ?? maxBytes + 1 });
    else if (read.reason === 'outside-project' || read.reason === 'not-regular') refused.push({ path: name, code: read.reason === 'not-regular' ? 'file-not-regular' : 'file-outside-project', message: `Not read: ${read.message}.` });
    else throw new UsageError(`cannot read "${name}": ${read.message}.`);
  };
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    visit(absolute, true, projectRoot(absolute, cwd));
  }
  return { files, oversized, refused };
}

/** The working folder, or for a path outside it, the folder named (or the named file's folder). */
function projectRoot(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  if (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)) return cwd;
  return safeIsDirectory(absolute) ? absolute : dirname(absolute);
}

function safeIsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
