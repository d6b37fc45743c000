/**
 * Everything a command touches outside itself, passed in so that tests can run commands in
 * process with fake streams.
 */
export interface CliIO {
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown };
  stdout: NodeJS.WritableStream & { isTTY?: boolean; columns?: number };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  /** `--config <file>` given before the command name, for every command. */
  configPath?: string;
}

export interface CliCommand {
  name: string;
  /** One line for `stepwise --help`. */
  summary: string;
  /** Full usage text for `stepwise <name> --help`. */
  usage: string;
  run(argv: string[], io: CliIO): Promise<number>;
}

/** Thrown by argument parsing; the dispatcher prints it with the usage and exits 2. */
export class UsageError extends Error {}

/** A file that could not be read or written: printed without the usage, exit 2. */
export class InputOutputError extends Error {}
