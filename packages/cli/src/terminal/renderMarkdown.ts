import { stripControls, visibleLength, type Ansi } from './ansi';

export interface RenderOptions {
  ansi: Ansi;
  /** Wrap paragraphs and list items at this many columns. */
  width: number;
  /** Prefix of every output line (indentation). */
  indent?: string;
}

/**
 * A small Markdown -> terminal renderer for runbook bodies: headings, paragraphs (re-wrapped),
 * bullet and numbered lists, block quotes, fenced code (shown as code, never run), tables (as
 * written), and inline bold, italics, code and links (the address is shown after the text).
 * Raw HTML is shown as text. Control characters are removed first (see `stripControls`).
 */
export function renderMarkdown(markdown: string, options: RenderOptions): string {
  const { ansi, width } = options;
  const indent = options.indent ?? '';
  const lines = stripControls(markdown.replace(/\r\n?/g, '\n').replace(/\t/g, '    ')).split('\n');
  const out: string[] = [];
  let paragraph: string[] = [];
  let listItem: { marker: string; text: string[]; depth: number } | undefined;

  const flushParagraph = () => {
    if (paragraph.length) out.push(...wrapText(inline(paragraph.join(' '), ansi), width, indent, indent));
    paragraph = [];
  };
  const flushItem = () => {
    if (!listItem) return;
    const pad = `${indent}${'  '.repeat(listItem.depth)}`;
    const first = `${pad}${listItem.marker} `;
    out.push(...wrapText(inline(listItem.text.join(' '), ansi), width, first, ' '.repeat(visibleLength(first))));
    listItem = undefined;
  };
  const flush = () => {
    flushParagraph();
    flushItem();
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = /^\s*(`{3,}|~{3,})\s*([\w-]*)\s*$/.exec(line);
    if (fence) {
      flush();
      const close = fence[1]!;
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i]!.trim().startsWith(close); i++) code.push(lines[i]!);
      for (const c of code) out.push(`${indent}    ${ansi.code(c)}`);
      continue;
    }
    if (line.trim() === '') {
      flush();
      if (out.length && out.at(-1) !== '') out.push('');
      continue;
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      flush();
      out.push(`${indent}${ansi.bold(ansi.underline(inline(heading[2]!, ansi)))}`);
      continue;
    }
    if (/^\s*\|/.test(line)) {
      flush();
      if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) out.push(`${indent}${ansi.dim(line.trim())}`);
      else out.push(`${indent}${inline(line.trim(), ansi)}`);
      continue;
    }
    const quote = /^\s*>\s?(.*)$/.exec(line);
    if (quote) {
      flush();
      out.push(...wrapText(inline(quote[1]!, ansi), width, `${indent}${ansi.dim('│')} `, `${indent}${ansi.dim('│')} `));
      continue;
    }
    const item = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (item) {
      flush();
      const marker = /\d/.test(item[2]!) ? item[2]!.replace(')', '.') : '•';
      listItem = { marker, text: [item[3]!], depth: Math.min(3, Math.floor(item[1]!.length / 2)) };
      continue;
    }
    if (listItem && /^\s+\S/.test(line)) {
      listItem.text.push(line.trim());
      continue;
    }
    flushItem();
    paragraph.push(line.trim());
  }
  flush();
  while (out.at(-1) === '') out.pop();
  return out.join('\n');
}

/** Inline spans: `code` first (its content is literal), then links, bold and italics. */
export function inline(text: string, ansi: Ansi): string {
  const parts = text.split(/(`[^`]+`)/);
  return parts
    .map((part) => {
      if (/^`[^`]+`$/.test(part)) return ansi.code(part.slice(1, -1));
      return part
        .replace(/!?\[([^\]]+)\]\(([^)\s]+)\)/g, (_m, label: string, url: string) => `${ansi.underline(label)} ${ansi.dim(`(${url})`)}`)
        .replace(/\*\*([^*]+)\*\*|__([^_]+)__/g, (_m, a?: string, b?: string) => ansi.bold(a ?? b ?? ''))
        .replace(/(^|[^\w*])\*([^*\s][^*]*)\*(?!\w)|(^|[^\w_])_([^_\s][^_]*)_(?!\w)/g, (_m, p1?: string, a?: string, p2?: string, b?: string) => `${p1 ?? p2 ?? ''}${ansi.italic(a ?? b ?? '')}`);
    })
    .join('');
}

/** Greedy word wrap on visible width; words longer than a line stay whole. */
export function wrapText(text: string, width: number, firstPrefix: string, restPrefix: string): string[] {
  const words = text.split(/ +/).filter((w) => w !== '');
  const lines: string[] = [];
  let line = firstPrefix;
  let empty = true;
  for (const word of words) {
    if (!empty && visibleLength(line) + 1 + visibleLength(word) > width) {
      lines.push(line);
      line = restPrefix;
      empty = true;
    }
    line += empty ? word : ` ${word}`;
    empty = false;
  }
  if (!empty) lines.push(line);
  return lines;
}
