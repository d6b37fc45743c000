import { createInterface, type Interface } from 'node:readline';
import type { CliIO } from '../io';

/**
 * Reads answers line by line from the terminal (or from piped input). `ask` resolves null when
 * input ends (Ctrl-D, a closed terminal, the end of a pipe) or on Ctrl-C: the caller treats
 * that as "quit", which is safe because the record is saved after every action.
 */
export interface LineReader {
  ask(prompt: string): Promise<string | null>;
  close(): void;
}

export function createLineReader(io: CliIO): LineReader {
  const rl: Interface = createInterface({ input: io.stdin, output: io.stdout, terminal: Boolean(io.stdin.isTTY && io.stdout.isTTY), historySize: 0 });
  const queued: string[] = [];
  let waiting: ((line: string | null) => void) | undefined;
  let closed = false;
  rl.on('line', (line) => {
    if (waiting) {
      const resolve = waiting;
      waiting = undefined;
      resolve(line);
    } else queued.push(line);
  });
  const end = () => {
    closed = true;
    waiting?.(null);
    waiting = undefined;
  };
  rl.on('close', end);
  rl.on('SIGINT', () => {
    io.stdout.write('\n');
    rl.close();
  });
  const next = (prompt: string): Promise<string | null> => {
    if (queued.length) {
      io.stdout.write(prompt);
      return Promise.resolve(queued.shift()!);
    }
    if (closed) return Promise.resolve(null);
    return new Promise((resolve) => {
      waiting = resolve;
      rl.setPrompt(prompt);
      rl.prompt();
    });
  };
  return {
    async ask(prompt) {
      const line = await next(prompt);
      // Piped input is not echoed: end the prompt's line so the transcript stays readable.
      if (!rl.terminal && line !== null) io.stdout.write('\n');
      return line;
    },
    close() {
      rl.close();
    },
  };
}
