import { UsageError, type CliIO } from './io';

/**
 * Reads a password from the terminal with echo off: raw mode, nothing written back per key.
 * Resolves null on Ctrl-C or Ctrl-D on an empty line. Only for a TTY stdin.
 */
export function readSecretFromTerminal(io: CliIO, prompt: string): Promise<string | null> {
  return new Promise((resolve) => {
    const stdin = io.stdin;
    io.stderr.write(prompt);
    stdin.setRawMode?.(true);
    let value = '';
    const finish = (result: string | null) => {
      stdin.removeListener('data', onData);
      stdin.setRawMode?.(false);
      stdin.pause();
      io.stderr.write('\n');
      resolve(result);
    };
    const onData = (chunk: Buffer | string) => {
      for (const char of String(chunk)) {
        if (char === '\r' || char === '\n') return finish(value);
        if (char === '\u0003') return finish(null);
        if (char === '\u0004') {
          if (value === '') return finish(null);
          return finish(value);
        }
        if (char === '\u007f' || char === '\b') value = Array.from(value).slice(0, -1).join('');
        else if (char >= ' ') value += char;
      }
    };
    stdin.on('data', onData);
    stdin.resume();
  });
}

/** All of standard input as text (for --password-stdin and --batch). */
export async function readAllStdin(io: CliIO): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The most bytes `--password-stdin` reads before its first newline: far above any password a
 * policy accepts (the security reference's longest case is 100,000 characters, at most 400,000
 * bytes of UTF-8), far below what would cost real memory. 100 MB piped in is never read whole.
 */
export const MAX_PASSWORD_STDIN_BYTES = 1024 * 1024;

/**
 * `--password-stdin`: the first line of standard input, without its line ending, or '' when
 * there is none. Reads only up to the first newline (then stops reading), or up to
 * MAX_PASSWORD_STDIN_BYTES: a longer line is a usage error. When standard input is a terminal,
 * the password is read with echo off, exactly as at the prompt (issue 15: it used to echo).
 * Invalid UTF-8 is a usage error (exit 2) whose message never repeats the input (issue 11).
 */
export async function readPasswordLine(io: CliIO): Promise<string> {
  if (io.stdin.isTTY) {
    if (!io.stdin.setRawMode) throw new UsageError('standard input is a terminal that cannot turn echo off; pipe the password in instead.');
    return (await readSecretFromTerminal(io, 'Password (not shown): ')) ?? '';
  }
  const chunks: Buffer[] = [];
  let length = 0;
  let line: Buffer | undefined;
  for await (const piece of io.stdin as AsyncIterable<Buffer | string>) {
    const chunk = typeof piece === 'string' ? Buffer.from(piece) : piece;
    const newline = chunk.indexOf(0x0a);
    if (newline >= 0) {
      chunks.push(chunk.subarray(0, newline));
      line = Buffer.concat(chunks);
      break;
    }
    chunks.push(chunk);
    length += chunk.length;
    if (length > MAX_PASSWORD_STDIN_BYTES) break;
  }
  line ??= Buffer.concat(chunks);
  if (line.length > MAX_PASSWORD_STDIN_BYTES) throw new UsageError(`the first line of standard input is longer than ${MAX_PASSWORD_STDIN_BYTES} bytes; that is not a password.`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(line);
  } catch {
    throw new UsageError('the password on standard input is not valid UTF-8 text; it was not checked (and is not shown).');
  }
  return text.endsWith('\r') ? text.slice(0, -1) : text;
}
