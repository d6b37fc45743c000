import { repeatedBlock } from './decoratedBases';

/**
 * Keys of a US keyboard by row, columns aligned as the rows are staggered (1 above q above a above
 * z), with the shifted top row on the same keys, so `qwerty`, `poiu`, `1qaz`, `zaq1` and `!@#$`
 * are walks.
 */
const ROWS = ['1234567890-=', 'qwertyuiop[]', "asdfghjkl;'", 'zxcvbnm,./'];
const SHIFTED_TOP = '!@#$%^&*()_+';
const KEY = new Map<string, [number, number]>();
ROWS.forEach((row, r) => [...row].forEach((key, c) => KEY.set(key, [r, c])));
[...SHIFTED_TOP].forEach((key, c) => KEY.set(key, [0, c]));

/** Segments shorter than this are not patterns (two characters in a row are common in any text). */
const MIN_SEGMENT = 3;
/** A block this short, repeated over the whole password, is a repeat whatever it holds (`Kx9#Kx9#Kx9#`). */
const SHORT_BLOCK = 5;

export interface ExpectedPattern {
  /** Segments (runs, sequences, walks) plus other characters needed to write the password. */
  parts: number;
  /** True when the password is made of repeats, sequences and keyboard walks. */
  expected: boolean;
}

/**
 * Whether a password is an "expected" value in the sense of NIST SP 800-63B-4 §3.1.1.2 (the
 * blocklist holds "commonly used, expected, or compromised" passwords; rev. 3 named "repetitive or
 * sequential characters (e.g. 'aaaaaa', '1234abcd')"): written almost entirely with runs of one
 * character (`1111`), sequences (`abcd`, `4321`), straight keyboard walks along a row or column
 * (`qwertyuiop`, `1qaz`) and short repeated blocks (`abab`, `Kx9#Kx9#`). The compact form (lowercase,
 * no whitespace) is split into the fewest parts (each segment of 3+ characters is one part, any
 * other character one part); the password is expected when it takes at most 2 parts or averages
 * 4 or more characters per part. Linear time: at each position only the longest segment of each
 * kind and two shorter cuts are tried.
 */
export function expectedPattern(compact: string): ExpectedPattern {
  const block = repeatedBlock(compact);
  const text = [...(block ?? compact)];
  const n = text.length;
  if (n === 0) return { parts: 0, expected: false };
  // Runs of one character, and of a block of 2 or 3 repeated (abab, 121212, abcabc).
  const repeats = [1, 2, 3].map((period) => repeatExtents(text, period));
  const sequence = extents(text, (a, b) => {
    const step = b.codePointAt(0)! - a.codePointAt(0)!;
    return step === 1 || step === -1 ? String(step) : undefined;
  });
  const walk = extents(text, (a, b) => {
    const pa = KEY.get(a);
    const pb = KEY.get(b);
    if (!pa || !pb) return undefined;
    const dr = pb[0] - pa[0];
    const dc = pb[1] - pa[1];
    return Math.abs(dr) + Math.abs(dc) === 1 ? `${dr},${dc}` : undefined;
  });
  const cost = new Array<number>(n + 1).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let best = cost[i + 1]! + 1;
    for (const extent of [...repeats.map((r) => r[i]!), sequence[i]!, walk[i]!]) {
      for (let length = extent; length >= Math.max(MIN_SEGMENT, extent - 2); length--) best = Math.min(best, cost[i + length]! + 1);
    }
    cost[i] = best;
  }
  const parts = cost[0]!;
  const shortRepeat = block !== undefined && [...block].length <= SHORT_BLOCK;
  return { parts, expected: shortRepeat || parts <= 2 || parts * 4 <= n || shiftedRepeat(text) };
}

/**
 * A short shape repeated with a shift: the steps between neighbouring characters (in code points,
 * or in key positions) repeat with a period of 2 to 4, at least 3 times, over the whole password:
 * `a1b2c3d4e5f6`, `1q2w3e4r5t6y`, `qazwsxedcrfv` (the same column walk moved one key along).
 */
function shiftedRepeat(text: readonly string[]): boolean {
  const codeSteps = text.slice(1).map((c, k) => String(c.codePointAt(0)! - text[k]!.codePointAt(0)!));
  const keys = text.map((c) => KEY.get(c));
  const keySteps = keys.every((k) => k !== undefined) ? keys.slice(1).map((b, k) => `${b![0] - keys[k]![0]},${b![1] - keys[k]![1]}`) : undefined;
  return [codeSteps, keySteps].some((steps) => steps !== undefined && [2, 3, 4].some((period) => steps.length >= period * 3 && steps.every((s, k) => k < period || s === steps[k - period])));
}

/**
 * For each position, the length of the longest stretch starting there in which every character
 * equals the one `period` before it (a run for period 1), counted only when the block repeats
 * at least once; 1 otherwise.
 */
function repeatExtents(text: readonly string[], period: number): number[] {
  const n = text.length;
  const matches = new Array<number>(n + 1).fill(0);
  for (let j = n - 1 - period; j >= 0; j--) matches[j] = text[j + period] === text[j] ? matches[j + 1]! + 1 : 0;
  return text.map((_, i) => (matches[i]! >= period ? matches[i]! + period : 1));
}

/**
 * For each position, the length of the longest segment starting there in which every neighbouring
 * pair has the same non-undefined step (a run, a sequence or a walk in one direction).
 */
function extents(text: readonly string[], step: (a: string, b: string) => string | undefined): number[] {
  const n = text.length;
  const out = new Array<number>(n).fill(1);
  for (let i = n - 2; i >= 0; i--) {
    const here = step(text[i]!, text[i + 1]!);
    if (here === undefined) continue;
    const next = i + 2 < n ? step(text[i + 1]!, text[i + 2]!) : undefined;
    out[i] = next === here ? out[i + 1]! + 1 : 2;
  }
  return out;
}
