/** A source of cryptographically strong random bytes (crypto.getRandomValues, node:crypto randomBytes). */
export type RandomSource = (n: number) => Uint8Array;

/**
 * A uniform integer in [0, n) by rejection sampling over 32-bit draws, so no value is favoured
 * (a plain `% n` would bias towards small values).
 */
export function randomIndex(n: number, random: RandomSource): number {
  if (!Number.isInteger(n) || n <= 0 || n > 2 ** 32) throw new RangeError(`randomIndex: n must be an integer in 1..2^32, got ${n}.`);
  const limit = Math.floor(2 ** 32 / n) * n;
  for (;;) {
    const bytes = random(4);
    if (bytes.length < 4) throw new Error('The random source returned fewer bytes than asked.');
    const x = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
    if (x < limit) return x % n;
  }
}
