import { PassThrough } from 'node:stream';
import { main } from '@stepwise/cli';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process with captured streams, as `stepwise <argv>` in `cwd`. */
export async function runCli(argv: string[], options: { cwd: string; stdin?: string; env?: Record<string, string> }): Promise<CliResult> {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  stdin.end(options.stdin ?? '');
  const code = await main(argv, { cwd: options.cwd, env: options.env ?? {}, stdin, stdout, stderr });
  return { code, stdout: out, stderr: err };
}
