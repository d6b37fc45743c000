import type { Normalization } from '../types';

/**
 * Unicode normalization before any rule (NIST SP 800-63B-4 §3.1.1.2: NFC; rev 3 allowed NFKC).
 * Never truncates and never changes case (ASVS 5.0 6.2.8).
 */
export function normalizePassword(password: string, normalization: Normalization = 'NFC'): string {
  return normalization === 'none' ? password : password.normalize(normalization);
}

/** Length in Unicode code points: 12 emoji are 12 characters (N4-3.1.1.2-4). */
export function codePointLength(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is one code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}
