import type { CliIO } from './io';

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
