import type { ParsedNative } from '../export/types';
import type { CharacterClass, PatternRule } from '../types';
import { noEquivalent, type MappedPolicy } from './mappedPolicy';

const CLASSES: Record<string, CharacterClass> = { digits: 'digit', lowerCase: 'lower', upperCase: 'upper', specialChars: 'symbol' };

/** A Keycloak password policy string's policies as rules; see exportKeycloak for the mapping. */
export function keycloakToPolicy(native: ParsedNative, file: string, blacklist?: string): MappedPolicy {
  const s = native.settings;
  const out: MappedPolicy = { rules: {}, lifecycle: {}, diagnostics: [] };
  const num = (name: string) => (typeof s[name] === 'number' ? (s[name] as number) : undefined);
  if (num('length') !== undefined || num('maxLength') !== undefined) out.rules.length = { ...(num('length') !== undefined ? { min: num('length')! } : {}), ...(num('maxLength') !== undefined ? { max: num('maxLength')! } : {}) };
  const minimum: Partial<Record<CharacterClass, number>> = {};
  for (const [name, cls] of Object.entries(CLASSES)) if (num(name) !== undefined && num(name)! > 0) minimum[cls] = num(name)!;
  if (Object.keys(minimum).length > 0) out.rules.composition = { classes: 'ad', minimum };
  const context = { ...(s.notUsername === true || s.notContainsUsername === true ? { accountName: true } : {}), ...(s.notEmail === true ? { email: true } : {}) };
  if (Object.keys(context).length > 0) out.rules.context = context;
  if (typeof s.passwordBlacklist === 'string') {
    // The terms are in a file on the server (data/password-blacklists/); read when given.
    const terms = blacklist === undefined ? [] : [...new Set(blacklist.split('\n').map((t) => t.trim().toLowerCase()).filter((t) => t !== ''))];
    out.rules.blocklist = { match: 'exact', common: false, ...(terms.length > 0 ? { terms } : {}) };
    if (blacklist === undefined) out.diagnostics.push(noEquivalent(native, file, 'passwordBlacklist', `the terms of "${s.passwordBlacklist}" are on the Keycloak server; pass that file too (--blacklist) or add them to blocklist.terms.`));
  }
  const patterns: PatternRule[] = [];
  for (const [key, value] of Object.entries(s)) {
    if (!key.startsWith('regexPattern#') || typeof value !== 'string') continue;
    // Exports wrap the pattern in .*(?:...).* because Keycloak matches the whole password.
    const inner = /^(\(\?i\))?\.\*\(\?:(.*)\)\.\*$/.exec(value);
    patterns.push({ id: `regex-${patterns.length + 1}`, description: `Keycloak regexPattern ${patterns.length + 1}`, pattern: inner ? inner[2]! : `^(?:${value})$`, mode: 'require', ...(inner?.[1] ? { caseInsensitive: true } : {}) });
  }
  if (patterns.length > 0) out.rules.patterns = patterns;
  if (num('passwordHistory') !== undefined) out.lifecycle.history = num('passwordHistory')!;
  if (num('forceExpiredPasswordChange') !== undefined) out.lifecycle.maxAgeDays = num('forceExpiredPasswordChange')!;
  const why: Record<string, string> = {
    hashAlgorithm: 'how passwords are stored is not a rule on passwords.',
    hashIterations: 'how passwords are stored is not a rule on passwords.',
    maxAuthAge: 'it is about re-authentication, not passwords.',
    passwordAge: 'a policy counts previous passwords (history), not days.',
    recoveryCodesWarningThreshold: 'recovery codes are not passwords.',
  };
  for (const name of Object.keys(why)) if (s[name] !== undefined) out.diagnostics.push(noEquivalent(native, file, name, why[name]!));
  return out;
}
