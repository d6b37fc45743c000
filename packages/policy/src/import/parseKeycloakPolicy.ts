import type { Diagnostic } from '@stepwise/core';
import type { NativeSettings, ParsedNative } from '../export/types';
import type { ImportCode } from './codes';
import { lineRange, nativeDiagnostic } from './nativeDiagnostic';

/** Keycloak password policy provider ids with the type of their value (Server Administration Guide, "Password policies"). */
const POLICIES: Record<string, 'integer' | 'none' | 'string'> = {
  length: 'integer',
  maxLength: 'integer',
  digits: 'integer',
  lowerCase: 'integer',
  upperCase: 'integer',
  specialChars: 'integer',
  notUsername: 'none',
  notContainsUsername: 'none',
  notEmail: 'none',
  passwordHistory: 'integer',
  passwordAge: 'integer',
  forceExpiredPasswordChange: 'integer',
  regexPattern: 'string',
  passwordBlacklist: 'string',
  hashAlgorithm: 'string',
  hashIterations: 'integer',
  maxAuthAge: 'integer',
  recoveryCodesWarningThreshold: 'integer',
};

/**
 * A realm's `passwordPolicy` string, `length(15) and notUsername(undefined) and ...`. Values may
 * hold parentheses (regexPattern), so each value runs to its balancing ")". Positions are of the
 * first line of the file (the string is one line; a trailing newline is allowed).
 */
export function parseKeycloakPolicy(text: string, file: string): { native: ParsedNative; diagnostics: Diagnostic<ImportCode>[] } {
  const settings: NativeSettings = {};
  const ranges: ParsedNative['ranges'] = {};
  const diagnostics: Diagnostic<ImportCode>[] = [];
  const lines = text.split('\n');
  const lineIndex = lines.findIndex((l) => l.trim() !== '');
  if (lineIndex < 0) return { native: { settings, ranges }, diagnostics: [nativeDiagnostic('import-empty', 'error', 'The file holds no Keycloak password policy.', file, lineRange(1, 1, 1))] };
  const line = lines[lineIndex]!.replace(/\r$/, '');
  const lineNo = lineIndex + 1;
  for (const [extra, l] of lines.slice(lineIndex + 1).entries()) if (l.trim() !== '') diagnostics.push(nativeDiagnostic('import-syntax', 'error', 'A Keycloak password policy is one line; this line is extra.', file, lineRange(lineNo + extra + 1, 1, l.length)));
  let i = 0;
  let patterns = 0;
  const skipSpace = () => {
    while (i < line.length && /\s/.test(line[i]!)) i++;
  };
  while (true) {
    skipSpace();
    if (i >= line.length) break;
    const start = i;
    while (i < line.length && /[A-Za-z]/.test(line[i]!)) i++;
    const name = line.slice(start, i);
    if (name === '') {
      diagnostics.push(nativeDiagnostic('import-syntax', 'error', `Expected a policy name at "${line.slice(i, i + 20)}".`, file, lineRange(lineNo, i + 1, 1), 'Policies look like length(12) and are joined by " and ".'));
      break;
    }
    let value: string | undefined;
    let valueStart = i;
    if (line[i] === '(') {
      let depth = 1;
      valueStart = i + 1;
      i++;
      while (i < line.length && depth > 0) {
        if (line[i] === '\\') i++;
        else if (line[i] === '(') depth++;
        else if (line[i] === ')') depth--;
        i++;
      }
      if (depth > 0) {
        diagnostics.push(nativeDiagnostic('import-syntax', 'error', `"${name}(" is not closed: the string is cut short.`, file, lineRange(lineNo, valueStart, line.length - valueStart + 1)));
        break;
      }
      value = line.slice(valueStart, i - 1);
    }
    const at = lineRange(lineNo, start + 1, name.length);
    const kind = Object.hasOwn(POLICIES, name) ? POLICIES[name] : undefined;
    if (!kind) diagnostics.push(nativeDiagnostic('import-unknown-setting', 'warning', `Unknown Keycloak password policy "${name}".`, file, at));
    else if (kind === 'integer' && (value === undefined || !/^\d+$/.test(value.trim()))) diagnostics.push(nativeDiagnostic('import-wrong-type', 'error', `"${name}" takes a whole number, not "${(value ?? '').slice(0, 40)}".`, file, lineRange(lineNo, valueStart + 1, value?.length ?? 1)));
    else {
      const key = name === 'regexPattern' ? `regexPattern#${++patterns}` : name;
      settings[key] = kind === 'integer' ? Number(value!.trim()) : kind === 'none' ? true : (value ?? '');
      ranges[key] = at;
    }
    skipSpace();
    if (i >= line.length) break;
    if (line.slice(i, i + 3) !== 'and' || !/\s/.test(line[i + 3] ?? '')) {
      diagnostics.push(nativeDiagnostic('import-syntax', 'error', `Expected " and " between policies at "${line.slice(i, i + 20)}".`, file, lineRange(lineNo, i + 1, 1)));
      break;
    }
    i += 3;
  }
  return { native: { settings, ranges }, diagnostics };
}
