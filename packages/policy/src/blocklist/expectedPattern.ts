import { repeatedBlock } from './decoratedBases';

/**
 * Keys of a US keyboard by row, columns aligned as the rows are staggered (1 above q above a above
 * z), with the shifted top row on the same keys, so `qwerty`, `poiu`, `1qaz`, `zaq1` and `!@#$`
 * are walks.
 */
const ROWS = ['1234567890-=', 'qwertyuiop[]', "asdfghjkl;'", 'zxcvbnm,./'];
const SHIFTED_TOP = '!@#$%^&*()_+';
/** Key position as row * 16 + column, by code point; -1 for characters off the keyboard. */
const KEY = new Map<number, number>();
ROWS.forEach((row, r) => [...row].forEach((key, c) => KEY.set(key.codePointAt(0)!, r * 16 + c)));
[...SHIFTED_TOP].forEach((key, c) => KEY.set(key.codePointAt(0)!, c));
/** No step: the pair is not part of a segment of this kind. */
const NONE = 0x7fffffff;

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
 * character or of a 2-3 character block (`1111`, `abab`), sequences (`abcd`, `4321`), straight
 * keyboard walks along a row or column (`qwertyuiop`, `1qaz`), short repeated blocks (`Kx9#Kx9#`)
 * and shifted repeats (`1q2w3e4r`). The compact form (lowercase, no whitespace) is split into the
 * fewest parts (each segment of 3+ characters is one part, any other character one part); the
 * password is expected when it takes at most 2 parts or averages 4 or more characters per part.
 * Linear time over typed arrays: at each position only the longest segment of each kind and two
 * shorter cuts are tried.
 */
export function expectedPattern(compact: string): ExpectedPattern {
  const block = repeatedBlock(compact);
  const codes = Int32Array.from(block ?? compact, (c) => c.codePointAt(0)!);
  const n = codes.length;
  if (n === 0) return { parts: 0, expected: false };
  const keys = Int32Array.from(codes, (c) => KEY.get(c) ?? -1);
  const codeStep = new Int32Array(Math.max(0, n - 1));
  const keyStep = new Int32Array(Math.max(0, n - 1));
  for (let k = 0; k + 1 < n; k++) {
    const d = codes[k + 1]! - codes[k]!;
    codeStep[k] = d === 1 || d === -1 ? d : NONE;
    const a = keys[k]!;
    const b = keys[k + 1]!;
    const dk = a < 0 || b < 0 ? NONE : b - a;
    // One key along a row (±1) or one row up or down in the same column (±16).
    keyStep[k] = dk === 1 || dk === -1 || dk === 16 || dk === -16 ? dk : NONE;
  }
  const extents = [...[1, 2, 3].map((period) => repeatExtents(codes, period)), stepExtents(codeStep, n), stepExtents(keyStep, n)];
  const cost = new Int32Array(n + 1);
  for (let i = n - 1; i >= 0; i--) {
    let best = cost[i + 1]! + 1;
    for (const extent of extents) {
      const e = extent[i]!;
      for (let length = e; length >= Math.max(MIN_SEGMENT, e - 2); length--) best = Math.min(best, cost[i + length]! + 1);
    }
    cost[i] = best;
  }
  const parts = cost[0]!;
  const shortRepeat = block !== undefined && [...block].length <= SHORT_BLOCK;
  return { parts, expected: shortRepeat || parts <= 2 || parts * 4 <= n || shiftedRepeat(codes, keys) };
}

/**
 * A short shape repeated with a shift: the steps between neighbouring characters (in code points,
 * or in key positions) repeat with a period of 2 to 4, at least 3 times, over the whole password:
 * `a1b2c3d4e5f6`, `1q2w3e4r5t6y`, `qazwsxedcrfv` (the same column walk moved one key along).
 */
function shiftedRepeat(codes: Int32Array, keys: Int32Array): boolean {
  const onKeys = keys.every((k) => k >= 0);
  for (const values of onKeys ? [codes, keys] : [codes]) {
    const steps = values.length - 1;
    for (let period = 2; period <= 4; period++) {
      if (steps < period * 3) continue;
      let same = true;
      for (let k = period; k < steps && same; k++) same = values[k + 1]! - values[k]! === values[k + 1 - period]! - values[k - period]!;
      if (same) return true;
    }
  }
  return false;
}

/**
 * For each position, the length of the longest stretch starting there in which every character
 * equals the one `period` before it (a run for period 1), counted only when the block repeats
 * at least once; 1 otherwise.
 */
function repeatExtents(codes: Int32Array, period: number): Int32Array {
  const n = codes.length;
  const matches = new Int32Array(n + 1);
  for (let j = n - 1 - period; j >= 0; j--) matches[j] = codes[j + period] === codes[j] ? matches[j + 1]! + 1 : 0;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[i] = matches[i]! >= period ? matches[i]! + period : 1;
  return out;
}

/** For each position, the length of the longest segment starting there whose steps are all one same value (not NONE). */
function stepExtents(steps: Int32Array, n: number): Int32Array {
  const out = new Int32Array(n).fill(1);
  for (let i = n - 2; i >= 0; i--) {
    const here = steps[i]!;
    if (here === NONE) continue;
    out[i] = i + 1 < n - 1 && steps[i + 1] === here ? out[i + 1]! + 1 : 2;
  }
  return out;
}
