import type { CharacterClass } from '../types';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * The class of one code point.
 * - `ad`: Active Directory's 5 categories: Unicode upper- and lowercase letters (European
 *   scripts, Greek, Cyrillic...), base-10 digits, non-alphanumerics, and letters that are
 *   neither upper- nor lowercase (most Asian scripts) as the fifth ("Password must meet
 *   complexity requirements").
 * - `ascii`: Entra ID's 4: a-z, A-Z, 0-9 and printable ASCII symbols including space; anything
 *   outside ASCII is `other` (Entra refuses it when `allowed: printable-ascii`).
 */
export function characterClass(char: string, scheme: 'ad' | 'ascii'): CharacterClass {
  const c = char.codePointAt(0)!;
  if (c >= 0x30 && c <= 0x39) return 'digit';
  if (scheme === 'ascii') {
    if (c >= 0x61 && c <= 0x7a) return 'lower';
    if (c >= 0x41 && c <= 0x5a) return 'upper';
    return c >= 0x20 && c <= 0x7e ? 'symbol' : 'other';
  }
  if (c < 0x80) {
    if (c >= 0x61 && c <= 0x7a) return 'lower';
    if (c >= 0x41 && c <= 0x5a) return 'upper';
    return 'symbol';
  }
  // Unicode property tests are slow per character; long non-ASCII input repeats few code points.
  const known = unicodeClasses.get(c);
  if (known) return known;
  const found: CharacterClass = UPPER.test(char) ? 'upper' : LOWER.test(char) ? 'lower' : LETTER.test(char) ? 'other' : 'symbol';
  if (unicodeClasses.size >= 4096) unicodeClasses.clear();
  unicodeClasses.set(c, found);
  return found;
}

const unicodeClasses = new Map<number, CharacterClass>();

export function isPrintableAscii(char: string): boolean {
  const c = char.codePointAt(0)!;
  return c >= 0x20 && c <= 0x7e;
}
