import type { PolicyDocument } from '../types';
import { entry, fidelityReport, unicodeFidelity } from './declaredSettings';
import type { FidelityEntry, NativeSettings, PolicyExport } from './types';

/*
 * Keycloak's realm `passwordPolicy`: policies joined by " and ", each `name(value)` (Keycloak
 * Server Administration Guide, "Password policies"; provider ids of org.keycloak.policy):
 * length, maxLength, digits, lowerCase, upperCase, specialChars, notUsername, notEmail,
 * passwordHistory, forceExpiredPasswordChange, regexPattern, passwordBlacklist, and hashing
 * settings. Counts are of Java chars (UTF-16 units). notUsername and notEmail refuse only the
 * whole user name or e-mail; passwordBlacklist names a file of the server's
 * data/password-blacklists/ folder, compared whole and lowercased; regexPattern must match the
 * whole password (Java regular expressions).
 */
const CLASS_POLICY: Record<string, string> = { digit: 'digits', lower: 'lowerCase', upper: 'upperCase', symbol: 'specialChars' };
export const KEYCLOAK_BLACKLIST_FILE = 'stepwise-banned.txt';

export function exportKeycloak(policy: PolicyDocument): PolicyExport {
  const rules = policy.rules ?? {};
  const on = <T extends { enabled?: boolean }>(rule: T | undefined): T | undefined => (rule && rule.enabled !== false ? rule : undefined);
  const utf16 = unicodeFidelity(policy, 'UTF-16 code units (an emoji counts 2)');
  const settings: NativeSettings = {};
  const mapped: FidelityEntry[] = [];
  const files = [];

  const length = on(rules.length);
  if (length?.min !== undefined) {
    settings.length = length.min;
    mapped.push(entry('rules.length.min', ['length'], `length(${length.min}).`, 'exact', utf16));
  }
  if (length?.max !== undefined) {
    settings.maxLength = length.max;
    mapped.push(entry('rules.length.max', ['maxLength'], `maxLength(${length.max}).`, 'exact', utf16));
  }
  const composition = on(rules.composition);
  for (const [cls, count] of Object.entries(composition?.minimum ?? {})) {
    const native = CLASS_POLICY[cls];
    if (native && count !== undefined) {
      settings[native] = count;
      mapped.push(entry(`rules.composition.minimum.${cls}`, [native], `${native}(${count}).`, 'exact', utf16));
    } else mapped.push({ setting: `rules.composition.minimum.${cls}`, fidelity: 'not-enforceable', detail: `Keycloak has no minimum for "${cls}" characters.` });
  }
  if (composition?.minClasses !== undefined) mapped.push({ setting: 'rules.composition.minClasses', fidelity: 'not-enforceable', detail: 'Keycloak has no "n of m classes" policy; it can only require a count of each class.' });

  const context = on(rules.context);
  if (context?.accountName) {
    settings.notUsername = true;
    mapped.push({ setting: 'rules.context.accountName', fidelity: 'approximate', native: ['notUsername'], detail: 'notUsername refuses only the whole user name; Stepwise refuses it anywhere in the password.' });
  }
  if (context?.email) {
    settings.notEmail = true;
    mapped.push({ setting: 'rules.context.email', fidelity: 'approximate', native: ['notEmail'], detail: 'notEmail refuses only the whole e-mail address; Stepwise refuses its local part anywhere.' });
  }

  const blocklist = on(rules.blocklist);
  if (blocklist && (blocklist.terms !== undefined || blocklist.common !== undefined)) {
    settings.passwordBlacklist = KEYCLOAK_BLACKLIST_FILE;
    const terms = [...new Set((blocklist.terms ?? []).map((t) => t.toLowerCase()))];
    files.push({ name: KEYCLOAK_BLACKLIST_FILE, content: terms.length > 0 ? `${terms.join('\n')}\n` : '' });
    const whole = (blocklist.match ?? 'exact') === 'exact';
    if (blocklist.terms !== undefined) mapped.push({ setting: 'rules.blocklist.terms', fidelity: whole ? 'exact' : 'approximate', native: ['passwordBlacklist'], detail: whole ? `The terms go into ${KEYCLOAK_BLACKLIST_FILE}, compared whole and lowercased, as Stepwise does; copy it to the server's data/password-blacklists/.` : 'Keycloak compares whole passwords only, without Entra-style normalisation.' });
    if (blocklist.common !== undefined) mapped.push({ setting: 'rules.blocklist.common', fidelity: blocklist.common ? 'approximate' : 'exact', native: ['passwordBlacklist'], detail: blocklist.common ? `Keycloak ships no list: add a common-password list (for example 100k_passwords.txt) to ${KEYCLOAK_BLACKLIST_FILE}.` : 'No common list, as the policy asks.' });
  }
  let patternCount = 0;
  for (const pattern of rules.patterns ?? []) {
    if (pattern.enabled === false) continue;
    if ((pattern.mode ?? 'reject') === 'require') {
      const regex = `${pattern.caseInsensitive ? '(?i)' : ''}.*(?:${pattern.pattern}).*`;
      settings[`regexPattern#${++patternCount}`] = regex;
      mapped.push({ setting: `rules.patterns.${pattern.id}`, fidelity: 'approximate', native: ['regexPattern'], detail: 'regexPattern, wrapped in .* to search rather than match whole; Java regular expressions differ from RE2 in corner cases.' });
    } else mapped.push({ setting: `rules.patterns.${pattern.id}`, fidelity: 'not-enforceable', detail: 'regexPattern can only require a match, not refuse one.' });
  }

  const lifecycle = policy.lifecycle ?? {};
  if (lifecycle.history !== undefined) {
    settings.passwordHistory = lifecycle.history;
    mapped.push({ setting: 'lifecycle.history', fidelity: 'exact', native: ['passwordHistory'], detail: `passwordHistory(${lifecycle.history}).` });
  }
  if (lifecycle.maxAgeDays !== undefined) {
    if (lifecycle.maxAgeDays > 0) settings.forceExpiredPasswordChange = lifecycle.maxAgeDays;
    mapped.push(lifecycle.maxAgeDays > 0 ? { setting: 'lifecycle.maxAgeDays', fidelity: 'exact', native: ['forceExpiredPasswordChange'], detail: `forceExpiredPasswordChange(${lifecycle.maxAgeDays}).` } : { setting: 'lifecycle.maxAgeDays', fidelity: 'exact', detail: 'No forceExpiredPasswordChange: passwords do not expire.' });
  }

  const fidelity = fidelityReport(policy, mapped, (path) =>
    path.startsWith('lifecycle.lockout') ? "Not a password policy: brute-force detection is a realm setting (Realm settings > Security defenses)." : path.startsWith('rules.strength') ? 'Keycloak has no strength estimator.' : path.startsWith('rules.') ? 'Keycloak has no such password policy.' : 'Not a Keycloak password policy: Stepwise and the runbooks carry it as guidance.',
  );
  return {
    target: 'keycloak',
    policyId: policy.id,
    settings,
    files: [{ name: 'keycloak-password-policy.txt', content: `${renderKeycloakPolicy(settings)}\n` }, ...files],
    fidelity,
    platformNotes: ['The policy string applies to new passwords only; existing users keep theirs until they change it (or "Update Password" is required).'],
  };
}

/** `length(15) and notUsername(undefined) and ...`: Keycloak stores a policy without value as "undefined". */
export function renderKeycloakPolicy(settings: NativeSettings): string {
  return Object.entries(settings)
    .map(([name, value]) => `${name.split('#')[0]}(${value === true ? 'undefined' : String(value)})`)
    .join(' and ');
}
