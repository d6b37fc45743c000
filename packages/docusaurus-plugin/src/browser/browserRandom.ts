import type { RandomSource } from '@stepwise/policy';

/** The browser's cryptographic random source for the generator (never Math.random). */
export const browserRandom: RandomSource = (n) => globalThis.crypto.getRandomValues(new Uint8Array(n));
