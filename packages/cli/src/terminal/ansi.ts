import { shouldColor } from '../color';
import { escapeUnsafeCharacters, hasUnsafeCharacters } from '@stepwise/core';

/** Terminal styles; all of them are the identity when colour is off (NO_COLOR, not a TTY). */
export interface Ansi {
  bold(text: string): string;
  dim(text: string): string;
  italic(text: string): string;
  underline(text: string): string;
  code(text: string): string;
  ok(text: string): string;
  warn(text: string): string;
  bad(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function createAnsi(color: boolean): Ansi {
  if (!color) {
    const id = (text: string) => text;
    return { bold: id, dim: id, italic: id, underline: id, code: id, ok: id, warn: id, bad: id };
  }
  return { bold: wrap(1, 22), dim: wrap(2, 22), italic: wrap(3, 23), underline: wrap(4, 24), code: wrap(36, 39), ok: wrap(32, 39), warn: wrap(33, 39), bad: wrap(31, 39) };
}

/** The checklist colours as every command does (FORCE_COLOR, NO_COLOR, TERM, the terminal): see shouldColor. */
export function wantsColor(stream: { isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  return shouldColor(stream, env);
}

// eslint-disable-next-line no-control-regex
const ANSI_SEQUENCE = /\u001b\[[0-9;]*m/g;

/** Width on screen: escape sequences take no room. */
export function visibleLength(text: string): number {
  return [...text.replace(ANSI_SEQUENCE, '')].length;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/**
 * Removes control characters (ESC, C1, ...) from text that comes from a runbook or a record,
 * so YAML content cannot move the cursor, retitle the window or hide text on the terminal; and
 * shows each bidirectional control or invisible character as its escape (`\u202E`), so a title
 * cannot display reversed (issue 15 item 5; the validator warns about each).
 */
export function stripControls(text: string): string {
  const cleaned = text.replace(CONTROL, '');
  // Line breaks and tabs are the text's own layout: kept. Only what is left is escaped.
  return hasUnsafeCharacters(cleaned) ? escapeUnsafeCharacters(cleaned, '\n', '\t') : cleaned;
}
