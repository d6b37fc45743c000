import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { InputOutputError, type CliIO } from './io';

/**
 * Writes a command's report to standard output, or to `-o/--output <file>` (folders created, as
 * ESLint does). A file that cannot be written is an input/output error (exit 2) naming it.
 */
export function writeReport(io: CliIO, text: string, output: string | undefined): void {
  if (output === undefined || output === '-') {
    io.stdout.write(text);
    return;
  }
  const path = resolve(io.cwd, output);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (error) {
    throw new InputOutputError(`cannot write "${output}": ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}
