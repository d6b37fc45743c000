import { parseYaml, type Diagnostic } from '@stepwise/core';
import type { NativeSettings, ParsedNative } from '../export/types';
import type { ImportCode } from './codes';
import { nativeDiagnostic } from './nativeDiagnostic';

/*
 * `Get-ADDefaultDomainPasswordPolicy | ConvertTo-Json` and `Get-ADFineGrainedPasswordPolicy ... |
 * ConvertTo-Json` (Microsoft Learn, ActiveDirectory module). TimeSpans come out as objects
 * (Ticks, Days, ..., TotalMinutes) in Windows PowerShell, or as "d.hh:mm:ss" strings when
 * converted first; both are read. A maximum age of TimeSpan.MaxValue or 0 means "never".
 */
const SETTINGS: Record<string, 'boolean' | 'integer' | 'days' | 'minutes'> = {
  ComplexityEnabled: 'boolean',
  LockoutDuration: 'minutes',
  LockoutObservationWindow: 'minutes',
  LockoutThreshold: 'integer',
  MaxPasswordAge: 'days',
  MinPasswordAge: 'days',
  MinPasswordLength: 'integer',
  PasswordHistoryCount: 'integer',
  ReversibleEncryptionEnabled: 'boolean',
};
const FINE_GRAINED: Record<string, 'string' | 'integer' | 'strings'> = { Name: 'string', Precedence: 'integer', AppliesTo: 'strings' };
/** Object properties ConvertTo-Json writes that are not settings. */
const IGNORED = new Set(['DistinguishedName', 'objectClass', 'objectGuid', 'ObjectGUID', 'ObjectClass', 'PropertyNames', 'AddedProperties', 'RemovedProperties', 'ModifiedProperties', 'PropertyCount', 'Description', 'DisplayName']);
const TICKS_PER_MINUTE = 600_000_000;
const NEVER_DAYS = 10_675_199;

export function parseAdPolicyJson(text: string, file: string, fineGrained: boolean): { native: ParsedNative; diagnostics: Diagnostic<ImportCode>[] } {
  const settings: NativeSettings = {};
  const ranges: ParsedNative['ranges'] = {};
  const parsed = parseYaml(text, file);
  const diagnostics: Diagnostic<ImportCode>[] = parsed.diagnostics.map((d) => ({ ...d, code: 'import-syntax' as const, message: `Not valid JSON: ${d.message}` }));
  if (parsed.diagnostics.length > 0) return { native: { settings, ranges }, diagnostics };
  let root = parsed.value;
  let base: (string | number)[] = [];
  if (Array.isArray(root)) {
    if (root.length > 1) diagnostics.push(nativeDiagnostic('import-invalid-value', 'warning', `The file holds ${root.length} policies; the first is read.`, file, parsed.locate([1]), 'Export one policy: Get-ADFineGrainedPasswordPolicy -Identity <name> | ConvertTo-Json.'));
    root = root[0];
    base = [0];
  }
  if (!root || typeof root !== 'object' || Array.isArray(root)) {
    return { native: { settings, ranges }, diagnostics: [...diagnostics, nativeDiagnostic('import-wrong-type', 'error', 'Expected a JSON object of password policy settings.', file, parsed.locate(base), 'Use Get-ADDefaultDomainPasswordPolicy | ConvertTo-Json.')] };
  }
  for (const [key, value] of Object.entries(root as Record<string, unknown>)) {
    const path = [...base, key];
    const keyAt = parsed.locate(path, 'key');
    const valueAt = parsed.locate(path, 'value');
    const kind = settingKind(key, fineGrained);
    if (!kind) {
      if (!IGNORED.has(key) && !Object.hasOwn(FINE_GRAINED, key)) diagnostics.push(nativeDiagnostic('import-unknown-setting', 'warning', `Unknown AD password policy property "${key}".`, file, keyAt));
      continue;
    }
    const wrong = (expected: string) => diagnostics.push(nativeDiagnostic('import-wrong-type', 'error', `"${key}" must be ${expected}.`, file, valueAt));
    if (kind === 'boolean') {
      if (typeof value === 'boolean') settings[key] = value;
      else wrong('true or false');
    } else if (kind === 'integer') {
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) settings[key] = value;
      else wrong('a whole number of 0 or more');
    } else if (kind === 'string') {
      if (typeof value === 'string') settings[key] = value;
      else wrong('a string');
    } else if (kind === 'strings') {
      if (Array.isArray(value) && value.every((v) => typeof v === 'string')) settings[key] = value as string[];
      else if (typeof value === 'string') settings[key] = [value];
      else wrong('a list of distinguished names');
    } else {
      const minutes = timeSpanMinutes(value);
      if (minutes === undefined) wrong('a TimeSpan (an object with Ticks, or "d.hh:mm:ss")');
      else if (kind === 'days') {
        const days = minutes / 1440;
        settings[key] = days >= NEVER_DAYS ? 0 : Math.round(days);
      } else settings[key] = Math.round(minutes);
    }
    if (settings[key] !== undefined) ranges[key] = keyAt;
  }
  if (Object.keys(settings).length === 0) diagnostics.push(nativeDiagnostic('import-empty', 'error', 'No AD password policy settings in the file.', file, parsed.locate(base), 'Use Get-ADDefaultDomainPasswordPolicy | ConvertTo-Json.'));
  return { native: { settings, ranges }, diagnostics };
}

type SettingKind = 'boolean' | 'integer' | 'days' | 'minutes' | 'string' | 'strings';

/** A property's kind; the fine-grained ones only when reading a fine-grained policy. */
function settingKind(key: string, fineGrained: boolean): SettingKind | undefined {
  if (Object.hasOwn(SETTINGS, key)) return SETTINGS[key];
  return fineGrained && Object.hasOwn(FINE_GRAINED, key) ? FINE_GRAINED[key] : undefined;
}

function timeSpanMinutes(value: unknown): number | undefined {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.Ticks === 'number') return record.Ticks / TICKS_PER_MINUTE;
    if (typeof record.TotalMinutes === 'number') return record.TotalMinutes;
    return undefined;
  }
  if (typeof value === 'string') {
    const match = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?$/.exec(value.trim());
    if (!match) return undefined;
    return Number(match[1] ?? 0) * 1440 + Number(match[2]) * 60 + Number(match[3]) + Number(match[4]) / 60;
  }
  return undefined;
}
