/**
 * SafeMarkdown renders one line of plain prose without parsing it (`isPlainText`). That shortcut
 * must never change a page: whenever it applies, the output is exactly what react-markdown, with
 * the same plugins, makes of the text. Checked on every Markdown string of the shipped runbooks
 * and on generated strings built from Markdown's own syntax.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import fc from 'fast-check';
import { parse } from 'yaml';
import SafeMarkdown, { isPlainText, renderMarkdown } from '@stepwise/docusaurus-plugin/theme/SafeMarkdown';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** What react-markdown makes of `text`, inside the same wrapper SafeMarkdown draws. */
function viaReactMarkdown(text: string, inline: boolean): string {
  const wrapper = renderToStaticMarkup(createElement(SafeMarkdown, { inline, children: '' }));
  const inner = renderToStaticMarkup(renderMarkdown(text) as never);
  return wrapper.replace(/<\/div>$/, () => `${inner}</div>`);
}

function safeMarkdown(text: string, inline: boolean): string {
  return renderToStaticMarkup(createElement(SafeMarkdown, { inline, children: text }));
}

/** Every string value of the shipped runbooks: bodies, checks, help texts, titles. */
function shippedStrings(): string[] {
  const out: string[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'string') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  for (const name of readdirSync(join(root, 'runbooks'))) walk(parse(readFileSync(join(root, 'runbooks', name), 'utf8')));
  return out;
}

// Markdown's syntax and its near misses, so that generated strings hit every rule of isPlainText.
const PIECES = [
  'word', 'Reset', ' ', '  ', '.', ',', ':', ';', '(', ')', '"', "'", '-', '+', '=', '/', '?', '%', '$', '{', '}', '^',
  '1', '2.', '3)', '*', '**', '_', '__', '`', '[', ']', '](', '<', '>', '&', '&amp;', '!', '#', '|', '~', '~~', '@',
  'www.', 'http://', 'https://x.example', 'mailto:', '\\', '\n', '\t', '\u0000', '\u00a0', 'é', '✓', '    ',
];
// Near misses only: ordinary punctuation, list-like digits and dashes mid-line, scheme-like words.
const NEAR = ['word', 'Reset', ' ', '.', ',', ':', ';', '(', ')', '"', "'", '-', '+', '=', '/', '?', '%', '$', '{', '}', '^', '1', '2.', '3)', 'é', '✓', '\u00a0', 'www', 'http', 'mailto:'];
const joined = (pieces: string[]) => fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }).map((parts) => parts.join(''));
const text = fc.oneof(joined(PIECES), joined(NEAR));

describe('SafeMarkdown renders plain prose exactly as react-markdown does', () => {
  const strings = shippedStrings();

  it('takes the shortcut for many shipped strings, and not for Markdown', () => {
    expect(strings.length).toBeGreaterThan(200);
    expect(strings.filter(isPlainText).length).toBeGreaterThan(100);
    for (const s of ['**Stop** here', 'Run `Get-ADUser`', '1. first', '- item', 'see www.example.com', 'a <b>', 'x & y', ' lead', 'two\nlines', 'mail a@b.example']) {
      expect(isPlainText(s), s).toBe(false);
    }
  });

  it.each([false, true])('on every string of the shipped runbooks (inline: %s)', (inline) => {
    for (const s of strings) expect(safeMarkdown(s, inline), s).toBe(viaReactMarkdown(s, inline));
  });

  it('on generated strings made of Markdown syntax', () => {
    let plain = 0;
    fc.assert(
      fc.property(text, fc.boolean(), (s, inline) => {
        if (isPlainText(s)) plain++;
        expect(safeMarkdown(s, inline)).toBe(viaReactMarkdown(s, inline));
      }),
      { seed: 20261128, numRuns: 3000 },
    );
    // Both sides of the rule were exercised, not only strings the shortcut refuses.
    expect(plain).toBeGreaterThan(300);
  });
});
