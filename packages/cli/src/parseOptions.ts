import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './io';

/** `util.parseArgs`, strict, with its errors turned into usage errors (exit 2). */
export function parseOptions<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T, allowPositionals = true) {
  try {
    return parseArgs({ args: argv, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional argument.*$/s, '.') : String(error));
  }
}
