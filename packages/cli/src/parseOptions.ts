import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

/** `util.parseArgs`, strict, with its errors turned into usage errors (exit 2). */
/** Named so that declarations can be emitted (node:util does not export its ParsedResults type). */
export type ParsedOptions<T extends NonNullable<ParseArgsConfig['options']>> = ReturnType<typeof parseArgs<{ args: string[]; options: T; allowPositionals: boolean; strict: true }>>;

export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = true): ParsedOptions<T> {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '.') : String(error));
  }
}
