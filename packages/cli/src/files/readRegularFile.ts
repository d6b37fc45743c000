import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

export type ReadRegularFileResult =
  | { ok: true; text: string; bytes: number }
  | { ok: false; reason: 'missing' | 'outside-project' | 'folder' | 'not-regular' | 'too-large' | 'unreadable'; message: string; bytes?: number };

export interface ReadRegularFileOptions {
  /** The project folder: the file's real path (every symlink resolved) must be inside it. */
  root: string;
  /** The most bytes read; a longer file is refused, whatever `stat` says its size is. */
  maxBytes: number;
}

/**
 * Reads one source file for the CLI and the site build (one implementation, issue 15): only a
 * regular file whose real path is inside the project, and never more than `maxBytes`. A symlink
 * to a file outside (`/etc/passwd`) is refused before it is opened, so its first line cannot
 * leak into an excerpt; a FIFO or a device is refused by its type, and the file is opened with
 * O_NONBLOCK so that a FIFO swapped in after the check cannot hang the reader (open(2): O_NONBLOCK
 * on a FIFO returns at once); the read stops at `maxBytes + 1` bytes, so `/dev/zero` or a file
 * growing while read (whose `stat` size is 0) costs at most the cap.
 */
export function readRegularFile(path: string, options: ReadRegularFileOptions): ReadRegularFileResult {
  let real: string;
  try {
    lstatSync(path);
    real = realpathSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT' || code === 'ENOTDIR' ? { ok: false, reason: 'missing', message: 'no such file' } : { ok: false, reason: 'unreadable', message: `cannot be read (${code ?? String(error)})` };
  }
  const outside = outsideRoot(real, options.root);
  if (outside) return { ok: false, reason: 'outside-project', message: `it resolves to ${real}, outside the project folder; symlinks out of the project are not followed` };
  let stat;
  try {
    stat = statSync(real);
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  if (stat.isDirectory()) return { ok: false, reason: 'folder', message: 'it is a folder' };
  if (!stat.isFile()) return { ok: false, reason: 'not-regular', message: `it is ${kindOf(stat)}, not a regular file` };

  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | constants.O_NONBLOCK | (constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  }
  try {
    const opened = fstatSync(fd);
    // The path may have been replaced between the check and the open: trust only the open file.
    if (!opened.isFile()) return { ok: false, reason: 'not-regular', message: `it is ${kindOf(opened)}, not a regular file` };
    if (opened.size > options.maxBytes) return { ok: false, reason: 'too-large', message: `it is ${opened.size} bytes, over the ${options.maxBytes}-byte limit`, bytes: opened.size };
    const buffer = Buffer.alloc(Math.min(options.maxBytes + 1, Math.max(opened.size + 1, 64 * 1024)));
    let length = 0;
    let chunk = buffer;
    for (;;) {
      if (length === chunk.length) {
        if (chunk.length > options.maxBytes) break;
        const bigger = Buffer.alloc(Math.min(options.maxBytes + 1, chunk.length * 2));
        chunk.copy(bigger, 0, 0, length);
        chunk = bigger;
      }
      let read: number;
      try {
        read = readSync(fd, chunk, length, chunk.length - length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EAGAIN') return { ok: false, reason: 'not-regular', message: 'it blocks when read, not a regular file' };
        throw error;
      }
      if (read === 0) break;
      length += read;
    }
    if (length > options.maxBytes) return { ok: false, reason: 'too-large', message: `it holds more than ${options.maxBytes} bytes, the limit`, bytes: length };
    return { ok: true, text: chunk.subarray(0, length).toString('utf8'), bytes: length };
  } catch (error) {
    return { ok: false, reason: 'unreadable', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` };
  } finally {
    closeSync(fd);
  }
}

/** Whether a folder's real path leaves the project (for a folder walk: symlinked folders). */
export function folderOutsideRoot(path: string, root: string): string | undefined {
  try {
    const real = realpathSync(path);
    return outsideRoot(real, root) ? real : undefined;
  } catch {
    return undefined;
  }
}

function outsideRoot(real: string, root: string): boolean {
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  const rel = relative(realRoot, real);
  return rel === '..' || rel.startsWith(`..${'/'}`) || rel.startsWith('..\\') || isAbsolute(rel);
}

function kindOf(stat: { isDirectory(): boolean; isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stat.isDirectory()) return 'a folder';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}
