import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { readRegularFile } from '@stepwise/cli/readRegularFile';
import { DEFAULT_LOAD_OPTIONS, FILE_START, type Diagnostic, type FileCode } from '@stepwise/core';
import type { SourceFile } from '@stepwise/project';

const YAML_FILE = /\.ya?ml$/i;

export interface SiteSourceFiles {
  files: SourceFile[];
  /** Files not read, each as an error naming its path: the build stops on them. */
  refused: Diagnostic<FileCode | 'file-too-large'>[];
}

/**
 * Reads the YAML files directly inside each folder (not recursively: `policy/standards/` is its
 * own folder). Paths are relative to the site, as diagnostics show them. A missing folder is no
 * content, not an error: a site may publish runbooks without policies. Files are read exactly as
 * the CLI reads them (`readRegularFile`): only regular files inside the site folder, at most
 * the size limit, so a symlink to a secret, a FIFO or `/dev/zero` cannot leak into or hang the build.
 */
export function readSourceFiles(siteDir: string, folders: readonly string[]): SiteSourceFiles {
  const files: SourceFile[] = [];
  const refused: SiteSourceFiles['refused'] = [];
  const seen = new Set<string>();
  for (const folder of folders) {
    const absolute = resolve(siteDir, folder);
    let entries: string[];
    try {
      entries = readdirSync(absolute).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!YAML_FILE.test(entry) || entry.startsWith('.')) continue;
      const path = join(absolute, entry);
      const name = relative(siteDir, path).split(sep).join('/');
      if (seen.has(name)) continue;
      seen.add(name);
      const read = readRegularFile(path, { root: siteDir, maxBytes: DEFAULT_LOAD_OPTIONS.maxSize });
      if (read.ok) {
        files.push({ path: name, text: read.text });
        continue;
      }
      // A folder named like a YAML file is not content; everything else refused is reported.
      if (read.reason === 'folder') continue;
      const code = read.reason === 'too-large' ? 'file-too-large' : read.reason === 'outside-project' ? 'file-outside-project' : 'file-not-regular';
      refused.push({ code, severity: 'error', message: `Not read: ${read.message}.`, file: name, range: FILE_START, path: [], hint: 'Only regular files inside the site folder are published.' });
    }
  }
  return { files, refused };
}
