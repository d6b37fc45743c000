import type { BreachLookup, BreachProblem, RandomAccessReader } from './types';

/** Bytes read per probe: a line is a hash (40 or 32), a colon, a count and CR LF. */
const PROBE = 128;
/** Below this many bytes between the bounds, the rest is read at once and scanned line by line. */
const SCAN = 8192;
const NEWLINE = 0x0a;
const decoder = new TextDecoder();

/**
 * Looks an upper-case hex hash up in a file of sorted `HASH:COUNT` lines (the Have I Been Pwned
 * downloader's single-file output, `haveibeenpwned-downloader -s`), by binary search over byte
 * offsets: about log2(size / 8 KiB) probes of 128 bytes, then one read of at most 8 KiB, so a
 * 40 GB file costs some 25 small reads and is never loaded. Every line read is checked for the
 * format, and the probes for order (a probe further on with a smaller hash means the file is
 * not sorted); the problem comes back with the file's line number.
 */
export async function searchBreachFile(reader: RandomAccessReader, name: string, hash: string): Promise<BreachLookup> {
  const width = hash.length;
  const problem = async (code: BreachProblem['code'], offset: number, message: string): Promise<BreachLookup> => ({
    status: 'error',
    problem: { code, message, source: name, line: await lineNumberAt(reader, offset) },
  });
  // lo: a line start with every line before it below the hash; hi: the first line starting at
  // or after hi is at or above it (or hi is the end of the file).
  let lo = 0;
  let hi = reader.size;
  const probes: { offset: number; hash: string }[] = [];
  while (hi - lo > SCAN) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const bytes = await reader.read(mid, PROBE);
    const newline = bytes.indexOf(NEWLINE);
    if (newline < 0) return problem('breach-file-malformed', mid, `No line break within ${PROBE} bytes: not a file of HASH:COUNT lines.`);
    const start = mid + newline + 1;
    if (start >= hi) {
      hi = mid;
      continue;
    }
    const line = await readLine(reader, start, bytes.subarray(newline + 1));
    const parsed = parseLine(line, width);
    if (typeof parsed === 'string') return problem('breach-file-malformed', start, parsed);
    // Sorted means the probes, in offset order, have non-decreasing hashes.
    const before = probes.filter((p) => p.offset < start).reduce((m, p) => (p.hash > m ? p.hash : m), '');
    const after = probes.filter((p) => p.offset > start).reduce((m, p) => (m === '' || p.hash < m ? p.hash : m), '');
    if (parsed.hash < before || (after !== '' && parsed.hash > after)) return problem('breach-file-unsorted', start, 'The hashes are not in ascending order: this line sorts before an earlier one. The file must be sorted (the downloader writes it sorted).');
    probes.push({ offset: start, hash: parsed.hash });
    if (parsed.hash < hash) lo = start;
    else hi = mid;
  }
  const bytes = await reader.read(lo, Math.min(reader.size, hi + PROBE) - lo);
  let offset = 0;
  let previous = '';
  while (offset < bytes.length) {
    let end = bytes.indexOf(NEWLINE, offset);
    if (end < 0) {
      if (lo + bytes.length < reader.size) break;
      end = bytes.length;
    }
    const text = decoder.decode(bytes.subarray(offset, end));
    if (!(text === '' || text === '\r') || end < bytes.length) {
      const parsed = parseLine(text, width);
      if (typeof parsed === 'string') return problem('breach-file-malformed', lo + offset, parsed);
      if (parsed.hash < previous) return problem('breach-file-unsorted', lo + offset, 'The hashes are not in ascending order: this line sorts before an earlier one. The file must be sorted (the downloader writes it sorted).');
      previous = parsed.hash;
      if (parsed.hash === hash) return { status: 'found', count: parsed.count, source: name };
      if (parsed.hash > hash) break;
    }
    offset = end + 1;
  }
  return { status: 'not-found', source: name };
}

/** `HASH:COUNT` with the hash of the expected width in upper-case hex, or what is wrong with it. */
export function parseLine(text: string, width: number): { hash: string; count: number } | string {
  const line = text.endsWith('\r') ? text.slice(0, -1) : text;
  const match = /^([0-9A-F]+):([0-9]{1,12})$/.exec(line);
  if (!match) return `Not a HASH:COUNT line (expected ${width} upper-case hexadecimal digits, a colon and a count).`;
  if (match[1]!.length !== width) return `The hash has ${match[1]!.length} hexadecimal digits; ${width} expected (${width === 40 ? 'SHA-1' : 'NTLM'}).`;
  return { hash: match[1]!, count: Number(match[2]) };
}

/** The line starting at `start`, reading on when the probe ended inside it. */
async function readLine(reader: RandomAccessReader, start: number, head: Uint8Array): Promise<string> {
  let bytes = head;
  let end = bytes.indexOf(NEWLINE);
  if (end < 0 && start + bytes.length < reader.size) {
    bytes = await reader.read(start, PROBE);
    end = bytes.indexOf(NEWLINE);
  }
  return decoder.decode(end < 0 ? bytes : bytes.subarray(0, end));
}

/** 1-based line number of a byte offset, counting line breaks before it in 64 KiB reads (streamed, never the whole file at once). */
export async function lineNumberAt(reader: RandomAccessReader, offset: number): Promise<number> {
  let line = 1;
  for (let at = 0; at < offset; at += 65536) {
    const bytes = await reader.read(at, Math.min(65536, offset - at));
    for (const b of bytes) if (b === NEWLINE) line++;
    if (bytes.length === 0) break;
  }
  return line;
}
