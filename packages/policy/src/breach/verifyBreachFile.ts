import { parseLine } from './searchBreachFile';
import type { BreachProblem, RandomAccessReader } from './types';

const CHUNK = 65536;

/**
 * Reads a whole breach file in 64 KiB chunks (never all at once) and checks every line: the
 * format and ascending order. The binary search checks only the lines it reads, so a caller that
 * wants an unsorted or damaged file refused whatever the password runs this first (the CLI does,
 * for files up to 16 MiB; a full Pwned Passwords download is some 40 GB).
 */
export async function verifyBreachFile(reader: RandomAccessReader, name: string, width: number): Promise<BreachProblem | undefined> {
  const decoder = new TextDecoder();
  let carry = '';
  let line = 0;
  let previous = '';
  const check = (text: string): BreachProblem | undefined => {
    line++;
    const parsed = parseLine(text, width);
    if (typeof parsed === 'string') return { code: 'breach-file-malformed', message: parsed, source: name, line };
    if (parsed.hash < previous) return { code: 'breach-file-unsorted', message: 'The hashes are not in ascending order: this line sorts before an earlier one. The file must be sorted (the downloader writes it sorted).', source: name, line };
    previous = parsed.hash;
    return undefined;
  };
  for (let at = 0; at < reader.size; at += CHUNK) {
    const bytes = await reader.read(at, CHUNK);
    if (bytes.length === 0) break;
    const lines = (carry + decoder.decode(bytes, { stream: true })).split('\n');
    carry = lines.pop()!;
    for (const text of lines) {
      const found = check(text);
      if (found) return found;
    }
  }
  carry += decoder.decode();
  if (carry !== '' && carry !== '\r') return check(carry);
  if (line === 0) return { code: 'breach-file-malformed', message: 'The file is empty: no HASH:COUNT lines.', source: name, line: 1 };
  return undefined;
}
