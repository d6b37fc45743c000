import { DEFAULT_LOAD_OPTIONS } from '@stepwise/core';
import type { SourceFile } from '@stepwise/project';
import { InputOutputError, type CliIO } from './io';

/**
 * Standard input as one source file (`stepwise validate -`), named by `--stdin-filename` so
 * diagnostics and file-kind detection read as for that file. Reads at most one byte past the
 * size cap, then stops: an endless pipe costs at most the cap.
 */
export async function readStdinSource(io: CliIO, name: string): Promise<SourceFile | { path: string; size: number }> {
  const limit = DEFAULT_LOAD_OPTIONS.maxSize;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of io.stdin as AsyncIterable<Buffer | string>) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      chunks.push(buffer);
      size += buffer.length;
      if (size > limit) break;
    }
  } catch (error) {
    throw new InputOutputError(`cannot read standard input: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  if (size > limit) return { path: name, size };
  return { path: name, text: Buffer.concat(chunks).toString('utf8') };
}
