/**
 * Characters that change how text is displayed without being seen: the Unicode bidirectional
 * controls used by "Trojan Source" (CVE-2021-42574; Boucher and Anderson, 2021, trojansource.codes;
 * Unicode UAX #9 "Explicit Directional Embeddings/Overrides/Isolates"), and invisible or
 * zero-width characters (Unicode Default_Ignorable_Code_Point, UAX #44) plus control
 * characters, which can hide text or drive a terminal. One list for the validator, the
 * terminal, the ticket Markdown and the site, so they cannot disagree.
 */
export type UnsafeCharacterKind = 'bidi' | 'invisible' | 'control';

export interface UnsafeCharacter {
  /** UTF-16 index in the text. */
  index: number;
  codePoint: number;
  kind: UnsafeCharacterKind;
}

// ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
// Soft hyphen, combining grapheme joiner, Hangul fillers, Khmer inherent vowels, Mongolian
// vowel separator, zero-width space/joiners, word joiner and invisible operators, line and
// paragraph separators, BOM, halfwidth Hangul filler, interlinear annotations, tag characters.
const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2028\u2029\u2060-\u2064\u3164\ufeff\uffa0\ufff9-\ufffb]|\udb40[\udc00-\udc7f]/;
// C0 except tab and line feed, DEL, C1 (including NEL). A carriage return is a control too: a
// lone one rewrites a terminal line or starts a Markdown block.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const ANY = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2028\u2029\u2060-\u2064\u3164\ufeff\uffa0\ufff9-\ufffb\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\udb40[\udc00-\udc7f]/g;

/**
 * Every unsafe character in `text`, in order. Linear in the text. The validator calls this on
 * every string of every file, nearly all of them clean: one `test` answers those, since
 * `matchAll` clones the expression on each call, which was the largest cost of `stepwise
 * validate` on 2,000 runbooks (1.2 of its 6.3 s).
 */
export function findUnsafeCharacters(text: string): UnsafeCharacter[] {
  const found: UnsafeCharacter[] = [];
  if (!hasUnsafeCharacters(text)) return found;
  ANY.lastIndex = 0;
  for (let match = ANY.exec(text); match !== null; match = ANY.exec(text)) {
    const char = match[0];
    found.push({ index: match.index, codePoint: char.codePointAt(0)!, kind: BIDI.test(char) ? 'bidi' : INVISIBLE.test(char) ? 'invisible' : CONTROL.test(char) ? 'control' : 'invisible' });
  }
  ANY.lastIndex = 0;
  return found;
}

/** Whether `text` holds any unsafe character (cheaper than finding them all). */
export function hasUnsafeCharacters(text: string): boolean {
  ANY.lastIndex = 0;
  const found = ANY.test(text);
  ANY.lastIndex = 0;
  return found;
}

/** `U+202E`, as the Unicode standard names a code point. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A printable stand-in for one unsafe character: `\u202E`, `\u{E0041}`. */
export function escapedCodePoint(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase();
  return codePoint > 0xffff ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/**
 * Text from a runbook or a record made safe to print on one line: every line break (CRLF, CR,
 * LF) becomes `newline` (default the two characters `\n`), a tab `tab` (default `\t`), and every other unsafe
 * character its escape (`\u202E`), so nothing reaches a terminal or a ticket that moves the
 * cursor, reverses text or hides it.
 */
export function escapeUnsafeCharacters(text: string, newline = '\\n', tab = '\\t'): string {
  return text.replace(/\r\n|[\r\n\u2028\u2029\u0085]/g, newline).replace(/\t/g, tab).replace(ANY, (char) => escapedCodePoint(char.codePointAt(0)!));
}
