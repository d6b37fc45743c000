import { open, type FileHandle } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { RandomAccessReader } from '@stepwise/policy';

/**
 * A breach file opened for random access: the engine's binary search reads it through this
 * reader, a few hundred bytes at a time, so a 40 GB Pwned Passwords download is never loaded.
 * Returns an error sentence instead of throwing when the file cannot be opened.
 */
export async function openBreachFile(path: string, cwd: string): Promise<{ reader: RandomAccessReader; close(): Promise<void> } | { error: string }> {
  let handle: FileHandle;
  try {
    handle = await open(resolve(cwd, path), 'r');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : String((error as Error).message) };
  }
  const stat = await handle.stat();
  if (!stat.isFile()) {
    await handle.close();
    return { error: 'is not a regular file' };
  }
  const reader: RandomAccessReader = {
    size: stat.size,
    async read(offset, length) {
      const buffer = new Uint8Array(Math.max(0, Math.min(length, stat.size - offset)));
      if (buffer.length === 0) return buffer;
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, offset);
      return buffer.subarray(0, bytesRead);
    },
  };
  return { reader, close: () => handle.close() };
}
