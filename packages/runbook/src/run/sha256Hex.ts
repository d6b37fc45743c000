/**
 * SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits. Uses Web Crypto, present in
 * browsers and in Node 20 as `globalThis.crypto`, so the engine needs no `node:crypto`.
 */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const byte of new Uint8Array(digest)) hex += HEX[byte]!;
  return hex;
}

/** Two hex digits for each byte value: no per-byte number formatting (verify hashes every event). */
const HEX: readonly string[] = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));
