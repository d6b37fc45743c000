import type { Sha1Digest } from './types';

/** WebCrypto's SHA-1 (a global in browsers and in Node >= 20; no `node:crypto` import). */
export const webCryptoSha1: Sha1Digest = async (data) => new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', new Uint8Array(data)));

/** Upper-case hexadecimal, as the Have I Been Pwned files and API write hashes. */
export function toHex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out.toUpperCase();
}
