import type { Diagnostic } from '@stepwise/core';
import type { NativeSettings, ParsedNative } from '../export/types';
import type { ImportCode } from './codes';
import { lineRange, nativeDiagnostic } from './nativeDiagnostic';

/*
 * pwquality.conf(5): `name = value` lines, comments from "#", whitespace ignored around "=";
 * flags (enforce_for_root, local_users_only) stand alone. Defaults are libpwquality 1.4.5's
 * (src/pwqprivate.h): minlen 8, credits 0, dictcheck 1, usercheck 1; a setting the file leaves
 * out is the default, so the defaults are what a host enforces without a line.
 */
export const PWQUALITY_DEFAULTS: NativeSettings = {
  minlen: 8,
  dcredit: 0,
  ucredit: 0,
  lcredit: 0,
  ocredit: 0,
  minclass: 0,
  maxrepeat: 0,
  maxsequence: 0,
  maxclassrepeat: 0,
  usercheck: 1,
  gecoscheck: 0,
  dictcheck: 1,
  badwords: [],
  enforce_for_root: false,
};

const INTEGER = new Set(['difok', 'minlen', 'dcredit', 'ucredit', 'lcredit', 'ocredit', 'minclass', 'maxrepeat', 'maxsequence', 'maxclassrepeat', 'gecoscheck', 'dictcheck', 'usercheck', 'usersubstr', 'enforcing', 'retry']);
const STRING = new Set(['badwords', 'dictpath']);
const FLAG = new Set(['enforce_for_root', 'local_users_only']);

export function parsePwqualityConf(text: string, file: string): { native: ParsedNative; diagnostics: Diagnostic<ImportCode>[] } {
  const settings: NativeSettings = { ...PWQUALITY_DEFAULTS };
  const ranges: ParsedNative['ranges'] = {};
  const diagnostics: Diagnostic<ImportCode>[] = [];
  let found = 0;
  text.split('\n').forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/\r$/, '').replace(/#.*$/, '');
    const trimmed = content.trim();
    if (trimmed === '') return;
    const column = content.indexOf(trimmed) + 1;
    const eq = trimmed.indexOf('=');
    const name = (eq < 0 ? trimmed : trimmed.slice(0, eq)).trim();
    const value = eq < 0 ? undefined : trimmed.slice(eq + 1).trim();
    const at = lineRange(line, column, name.length);
    if (!/^[a-z_]+$/.test(name)) {
      diagnostics.push(nativeDiagnostic('import-syntax', 'error', `Line is not "name = value": "${trimmed.slice(0, 40)}".`, file, at, 'pwquality.conf(5) lines are name = value, or a flag name alone.'));
      return;
    }
    if (!INTEGER.has(name) && !STRING.has(name) && !FLAG.has(name)) {
      diagnostics.push(nativeDiagnostic('import-unknown-setting', 'warning', `Unknown pwquality setting "${name}".`, file, at, 'pwquality.conf(5) lists the settings libpwquality reads.'));
      return;
    }
    const valueAt = lineRange(line, column + eq + 1 + (trimmed.slice(eq + 1).length - trimmed.slice(eq + 1).trimStart().length), value?.length ?? 1);
    if (FLAG.has(name)) {
      if (value !== undefined) diagnostics.push(nativeDiagnostic('import-wrong-type', 'error', `"${name}" is a flag and takes no value.`, file, valueAt));
      else ((settings[name] = true), (ranges[name] = at), found++);
      return;
    }
    if (value === undefined || value === '') {
      diagnostics.push(nativeDiagnostic('import-syntax', 'error', `"${name}" has no value.`, file, at, `Write ${name} = <value>.`));
      return;
    }
    if (INTEGER.has(name)) {
      if (!/^-?\d+$/.test(value)) {
        diagnostics.push(nativeDiagnostic('import-wrong-type', 'error', `"${name}" must be an integer, not "${value.slice(0, 40)}".`, file, valueAt));
        return;
      }
      settings[name] = Number(value);
    } else settings[name] = name === 'badwords' ? value.split(/\s+/).filter((w) => w !== '') : value;
    ranges[name] = lineRange(line, column, name.length);
    found++;
  });
  if (found === 0 && diagnostics.length === 0) diagnostics.push(nativeDiagnostic('import-empty', 'warning', 'No pwquality settings in the file: libpwquality applies its defaults.', file, lineRange(1, 1, 1)));
  return { native: { settings, ranges }, diagnostics };
}
