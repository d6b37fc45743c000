import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { SourceFile } from '@stepwise/project';

const YAML_FILE = /\.ya?ml$/i;

/**
 * Reads the YAML files directly inside each folder (not recursively: `policy/standards/` is its
 * own folder). Paths are relative to the site, as diagnostics show them. A missing folder is no
 * content, not an error: a site may publish runbooks without policies.
 */
export function readSourceFiles(siteDir: string, folders: readonly string[]): SourceFile[] {
  const files: SourceFile[] = [];
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
      if (!statSync(path).isFile()) continue;
      const name = relative(siteDir, path).split(sep).join('/');
      if (seen.has(name)) continue;
      seen.add(name);
      files.push({ path: name, text: readFileSync(path, 'utf8') });
    }
  }
  return files;
}
