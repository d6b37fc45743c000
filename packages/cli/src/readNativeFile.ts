import { readFileSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { EXPORT_TARGETS, type ExportTarget } from '@stepwise/policy';
import { UsageError } from './io';

/** Native files are small (a policy, a config file): refuse anything larger unread. */
const MAX_NATIVE_SIZE = 1024 * 1024;

/** A target's own file (pwquality.conf, a cmdlet's JSON, ...), named relative to cwd as diagnostics show it. */
export function readNativeFile(path: string, cwd: string): { name: string; text: string } {
  const absolute = resolve(cwd, path);
  let size: number;
  try {
    const stat = statSync(absolute);
    if (!stat.isFile()) throw new UsageError(`"${path}" is not a file.`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`cannot read "${path}": no such file.`);
  }
  if (size > MAX_NATIVE_SIZE) throw new UsageError(`"${path}" is ${size} bytes, over the 1 MiB limit for a target's settings file.`);
  // PowerShell's Out-File writes UTF-16 LE with a byte-order mark; read it as such.
  const bytes = readFileSync(absolute);
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8').replace(/^\uFEFF/, '');
  return { name: relative(cwd, absolute) || path, text };
}

export function parseTarget(value: string | undefined, option: string): ExportTarget {
  if (value === undefined) throw new UsageError(`name the target with ${option} <${EXPORT_TARGETS.join('|')}>.`);
  if (!(EXPORT_TARGETS as readonly string[]).includes(value)) throw new UsageError(`unknown target "${value}"; use one of ${EXPORT_TARGETS.join(', ')}.`);
  return value as ExportTarget;
}
