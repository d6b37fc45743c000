import type { CharacterClass } from '../types';

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;

/**
 * Active Directory's special characters, exactly as Microsoft lists them ("Password must meet
 * complexity requirements", learn.microsoft.com): ~!@#$%^&*_-+=`|\(){}[]:;"'<>,.?/ . Currency
 * symbols such as € and £ are expressly not counted, and neither is the space.
 */
const AD_SPECIALS = new Set('~!@#$%^&*_-+=`|\\(){}[]:;"\'<>,.?/');

/** A character no category counts (AD: space, currency, non-ASCII digits, emoji, marks). */
export type ClassOrNone = CharacterClass | 'none';

/**
 * The class of one code point.
 * - `ad`: Active Directory's 5 categories ("Password must meet complexity requirements"):
 *   uppercase and lowercase letters of European scripts (Unicode Lu / Ll, with diacritics, Greek,
 *   Cyrillic), the digits 0-9, Microsoft's list of special characters, and as the fifth "any
 *   Unicode character that's categorized as an alphabetic character but isn't uppercase or
 *   lowercase" (most Asian scripts). Everything else counts for no category (`none`).
 * - `ascii`: Entra ID's 4 over ASCII only: a-z, A-Z, 0-9 and printable ASCII symbols including
 *   space; anything outside ASCII is `other`, which the 3-of-4 count ignores (Entra refuses it
 *   with `allowed: printable-ascii`).
 */
export function characterClass(char: string, scheme: 'ad' | 'ascii'): ClassOrNone {
  const c = char.codePointAt(0)!;
  if (c >= 0x30 && c <= 0x39) return 'digit';
  if (c >= 0x61 && c <= 0x7a) return 'lower';
  if (c >= 0x41 && c <= 0x5a) return 'upper';
  if (scheme === 'ascii') return c >= 0x20 && c <= 0x7e ? 'symbol' : 'other';
  if (c < 0x80) return AD_SPECIALS.has(char) ? 'symbol' : 'none';
  // Unicode property tests are slow per character; long non-ASCII input repeats few code points.
  const known = unicodeClasses.get(c);
  if (known) return known;
  const found: ClassOrNone = UPPER.test(char) ? 'upper' : LOWER.test(char) ? 'lower' : LETTER.test(char) ? 'other' : 'none';
  if (unicodeClasses.size >= 4096) unicodeClasses.clear();
  unicodeClasses.set(c, found);
  return found;
}

const unicodeClasses = new Map<number, ClassOrNone>();

export function isPrintableAscii(char: string): boolean {
  const c = char.codePointAt(0)!;
  return c >= 0x20 && c <= 0x7e;
}
