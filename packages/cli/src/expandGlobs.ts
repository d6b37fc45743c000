import { lstatSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { UsageError } from './io';

const GLOB_CHARACTER = /[*?[{]/;

/**
 * Expands quoted globs (`'runbooks/**\/*.yaml'`, as ESLint and Spectral take them, so they work the
 * same in every shell and on Windows) into the files they match, sorted. Paths without glob
 * characters pass through unchanged. A glob that matches nothing is a usage error, as a missing
 * path is. Walks only below the glob's literal prefix, never into node_modules or dot folders
 * (unless the pattern names one), and never through a symbolic link to a folder.
 */
export function expandGlobs(paths: readonly string[], cwd: string, { optional = false } = {}): string[] {
  return paths.flatMap((path) => {
    if (!GLOB_CHARACTER.test(path)) return [path];
    const segments = path.split(/[\\/]/);
    const literal = segments.findIndex((s) => GLOB_CHARACTER.test(s));
    const base = resolve(cwd, segments.slice(0, literal).join('/') || '.');
    const matcher = globToRegExp(segments.slice(literal).join('/'));
    const found: string[] = [];
    walk(base, '', (rel) => {
      if (matcher.test(rel)) found.push(relative(cwd, join(base, rel)) || '.');
    }, segments.slice(literal).some((s) => s.startsWith('.')));
    if (found.length === 0 && !optional) throw new UsageError(`no files match "${path}".`);
    return found.sort();
  });
}

function walk(dir: string, prefix: string, visit: (relativePath: string) => void, dotFolders: boolean): void {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return;
  }
  for (const entry of entries) {
    const rel = prefix ? `${prefix}/${entry}` : entry;
    let stat;
    try {
      stat = lstatSync(join(dir, entry));
    } catch {
      continue;
    }
    if (stat.isDirectory()) {
      if (entry === 'node_modules' || (entry.startsWith('.') && !dotFolders)) continue;
      walk(join(dir, entry), rel, visit, dotFolders);
    } else {
      visit(rel.split(sep).join('/'));
    }
  }
}

/**
 * A glob as an anchored regular expression over `/`-separated relative paths: `**` any folders,
 * `*` and `?` within one segment, `[abc]`/`[!abc]` classes, `{a,b}` alternatives. Every other
 * character is literal (escaped), so a path can never inject a pattern.
 */
export function globToRegExp(glob: string): RegExp {
  return new RegExp(`^${translate(glob)}$`);
}

function translate(glob: string): string {
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else out += '[^/]*';
    } else if (c === '?') out += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) out += '\\[';
      else {
        const body = glob.slice(i + 1, end);
        const negate = body.startsWith('!') || body.startsWith('^');
        out += `[${negate ? '^' : ''}${(negate ? body.slice(1) : body).replace(/[\\\]^]/g, '\\$&')}]`;
        i = end;
      }
    } else if (c === '{') {
      const end = matchingBrace(glob, i);
      if (end === -1) out += '\\{';
      else {
        out += `(?:${splitTopLevel(glob.slice(i + 1, end)).map(translate).join('|')})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|\\\]}]/g, '\\$&');
  }
  return out;
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}
