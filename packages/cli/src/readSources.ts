import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DEFAULT_LOAD_OPTIONS } from '@stepwise/core';
import type { SourceFile } from '@stepwise/project';
import { UsageError } from './io';

const YAML_FILE = /\.ya?ml$/i;

export interface ReadSourcesResult {
  files: SourceFile[];
  /** Files over the size limit: not read at all, so a 10 MB file costs nothing. */
  oversized: { path: string; size: number }[];
}

/**
 * Expands paths (files, or folders searched recursively for .yaml/.yml) into source files,
 * named relative to `cwd` as the diagnostics will show them. A path that does not exist or
 * cannot be read is a usage error.
 */
export function readSources(paths: readonly string[], cwd: string, { optional = false } = {}): ReadSourcesResult {
  const files: SourceFile[] = [];
  const oversized: { path: string; size: number }[] = [];
  const seen = new Set<string>();
  const visit = (absolute: string, explicit: boolean) => {
    let stat;
    try {
      stat = statSync(absolute);
    } catch {
      if (optional) return;
      throw new UsageError(`cannot read "${relative(cwd, absolute) || absolute}": no such file or folder.`);
    }
    if (stat.isDirectory()) {
      for (const entry of readdirSync(absolute).sort()) {
        if (entry === 'node_modules' || entry.startsWith('.')) continue;
        const child = join(absolute, entry);
        if (YAML_FILE.test(entry) || safeIsDirectory(child)) visit(child, false);
      }
      return;
    }
    if (!explicit && !YAML_FILE.test(absolute)) return;
    const name = relative(cwd, absolute) || absolute;
    if (seen.has(name)) return;
    seen.add(name);
    if (stat.size > DEFAULT_LOAD_OPTIONS.maxSize) {
      oversized.push({ path: name, size: stat.size });
      return;
    }
    try {
      files.push({ path: name, text: readFileSync(absolute, 'utf8') });
    } catch (error) {
      throw new UsageError(`cannot read "${name}": ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
    }
  };
  for (const path of paths) visit(resolve(cwd, path), true);
  return { files, oversized };
}

function safeIsDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
