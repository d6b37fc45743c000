import type { Diagnostic } from '../diagnostic';
import { escapeUnsafeCharacters, hasUnsafeCharacters } from '../text/unsafeCharacters';
import { summarise, summaryLine } from './summary';
import type { FormatContext, Formatter } from './types';

const ANSI = { red: '\u001b[31m', yellow: '\u001b[33m', blue: '\u001b[34m', dim: '\u001b[2m', bold: '\u001b[1m', reset: '\u001b[0m' } as const;

/**
 * Human output: `file:line:col  severity  code  message`, the source line with a caret under
 * the range, the hint, and a closing summary line.
 */
export const stylish: Formatter = (diagnostics, context) => {
  const paint = (code: keyof typeof ANSI, text: string) => (context.color ? `${ANSI[code]}${text}${ANSI.reset}` : text);
  const blocks = diagnostics.map((d) => formatOne(d, context, paint));
  const summary = summaryLine(summarise(diagnostics, context.filesChecked));
  return [...blocks, paint("bold", summary)].join('\n\n') + '\n';
};

function formatOne(d: Diagnostic, context: FormatContext, paint: (code: keyof typeof ANSI, text: string) => string): string {
  const severityColour = d.severity === 'error' ? 'red' : d.severity === 'warning' ? 'yellow' : 'blue';
  const lines = [`${d.file}:${d.range.start.line}:${d.range.start.column}  ${paint(severityColour, d.severity)}  ${paint('dim', d.code)}  ${d.message}`];
  const excerpt = sourceExcerpt(context.sources.get(d.file), d);
  if (excerpt) lines.push(...excerpt);
  if (d.hint) lines.push(`  hint: ${d.hint}`);
  return lines.join('\n');
}

/** The offending line, tabs shown as spaces, and a caret line under the range on that line. */
export function sourceExcerpt(text: string | undefined, d: Diagnostic): string[] | undefined {
  if (text === undefined) return undefined;
  const line = nthLine(text, d.range.start.line);
  if (line === undefined || line.length > 500) return undefined;
  const gutter = String(d.range.start.line);
  const start = d.range.start.column - 1;
  const end = d.range.end.line === d.range.start.line ? Math.max(d.range.end.column - 1, start + 1) : Math.max(line.length, start + 1);
  if (hasUnsafeCharacters(line)) {
    // A bidi control or invisible character is printed as its escape (Trojan Source, issue 15):
    // the caret moves by what the escapes add before and inside the range.
    const show = (part: string) => escapeUnsafeCharacters(part, ' ', ' ');
    const before = show(line.slice(0, start));
    const inside = show(line.slice(start, Math.min(end, line.length)));
    return [`  ${gutter} | ${show(line)}`, `  ${' '.repeat(gutter.length)} | ${' '.repeat(before.length)}${'^'.repeat(Math.max(1, inside.length))}`];
  }
  const shown = line.replace(/\t/g, ' ');
  const caret = ' '.repeat(start) + '^'.repeat(Math.max(1, Math.min(end, shown.length + 1) - start));
  return [`  ${gutter} | ${shown}`, `  ${' '.repeat(gutter.length)} | ${caret}`];
}

/** The text of a 1-based line; CRLF, CR and LF all end a line (YAML 1.2 spec 5.4, b-break). */
function nthLine(text: string, line: number): string | undefined {
  const breaks = /\r\n?|\n/g;
  let start = 0;
  for (let i = 1; i < line; i++) {
    if (!breaks.exec(text)) return undefined;
    start = breaks.lastIndex;
  }
  breaks.lastIndex = start;
  const end = breaks.exec(text);
  return text.slice(start, end ? end.index : undefined);
}
