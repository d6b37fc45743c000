import { md4, utf16le } from './md4';
import { searchBreachFile } from './searchBreachFile';
import { toHex, webCryptoSha1 } from './sha1';
import type { BreachHash, BreachLookup, BreachRangeSource, BreachSource, Sha1Digest } from './types';

export const PWNED_RANGE_URL = 'https://api.pwnedpasswords.com/range/';

/** The password's hash as Have I Been Pwned writes it: 40 (SHA-1) or 32 (NTLM) upper-case hex digits. */
export async function breachHash(password: string, hash: BreachHash = 'sha1', sha1: Sha1Digest = webCryptoSha1): Promise<string> {
  return toHex(hash === 'ntlm' ? md4(utf16le(password)) : await sha1(new TextEncoder().encode(password)));
}

/**
 * Whether a password appears in a breach corpus (ASVS 5.0 6.2.12; NIST SP 800-63B-4 §3.1.1.2
 * "compromised" values). A local file is binary-searched in place; a range service gets only
 * the first 5 hex digits of the hash (k-anonymity). Problems come back as `status: 'error'`,
 * never thrown. The result holds neither the password nor its hash.
 */
export async function lookupBreach(password: string, source: BreachSource, options: { sha1?: Sha1Digest } = {}): Promise<BreachLookup> {
  const hex = await breachHash(password, source.hash ?? 'sha1', options.sha1);
  if (source.kind === 'file') {
    try {
      return await searchBreachFile(source.reader, source.name, hex);
    } catch (error) {
      return { status: 'error', problem: { code: 'breach-file-unreadable', message: `The file could not be read: ${error instanceof Error ? error.message : String(error)}`, source: source.name } };
    }
  }
  return lookupRange(hex, source);
}

async function lookupRange(hex: string, source: BreachRangeSource): Promise<BreachLookup> {
  const base = source.baseUrl ?? PWNED_RANGE_URL;
  const prefix = hex.slice(0, 5);
  const url = `${base}${prefix}${source.hash === 'ntlm' ? '?mode=ntlm' : ''}`;
  const name = base;
  try {
    // Add-Padding: the service pads the answer with fake entries (count 0), so its size does not tell which prefix was asked.
    const response = await source.fetch(url, { headers: { 'Add-Padding': 'true' } });
    if (!response.ok) return { status: 'error', problem: { code: 'breach-range-failed', message: `The range service answered ${response.status}.`, source: name } };
    const suffix = hex.slice(5);
    for (const line of (await response.text()).split('\n')) {
      const [rest, count] = line.trim().split(':');
      if (rest?.toUpperCase() === suffix) {
        const n = Number(count);
        return n > 0 ? { status: 'found', count: n, source: name } : { status: 'not-found', source: name };
      }
    }
    return { status: 'not-found', source: name };
  } catch (error) {
    return { status: 'error', problem: { code: 'breach-range-failed', message: `The range service could not be reached: ${error instanceof Error ? error.message : String(error)}`, source: name } };
  }
}
