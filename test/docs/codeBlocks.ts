import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface CodeBlock {
  /** Repository-relative path of the Markdown file. */
  file: string;
  /** 1-based line of the opening fence. */
  line: number;
  lang: string;
  /** The rest of the info string (Docusaurus meta: title=..., or our `interactive`). */
  meta: string;
  code: string;
}

/** Every Markdown file users read: the READMEs and the site's docs. */
export function documentationFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : /\.mdx?$/.test(e.name) ? [join(dir, e.name)] : []));
  const packages = readdirSync(join(root, 'packages')).map((p) => join(root, 'packages', p, 'README.md'));
  return [join(root, 'README.md'), ...walk(join(root, 'docs')), ...packages.filter((p) => { try { readFileSync(p); return true; } catch { return false; } })].map((p) => relative(root, p)).sort();
}

/** Fenced code blocks (``` only, as the docs use), with where they start. */
export function codeBlocks(root: string, file: string): CodeBlock[] {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks: CodeBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)\s*(.*)$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]!); j++) body.push(lines[j]!.slice(indent));
    blocks.push({ file, line: i + 1, lang: open[2]!, meta: open[3]!, code: body.join('\n') });
    i = j;
  }
  return blocks;
}

/** Shell lines as commands: continuations joined, comments and blank lines dropped. */
export function shellCommands(code: string): string[] {
  const joined = code.replace(/\\\n\s*/g, ' ');
  return joined
    .split('\n')
    .map((l) => l.replace(/\s{2,}#.*$/, '').trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
