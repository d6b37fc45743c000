import type { PolicyDocument } from '../types';
import { fidelityReport } from './declaredSettings';
import { resolveExportOptions, type ExportOptions, type FidelityEntry, type NativeSettings, type PolicyExport } from './types';

/*
 * Microsoft Entra ID. What a tenant can set is the "Password Rule Settings" directory setting
 * (template 5cf42378-d67d-4f36-ba46-e8b86229381d; Microsoft Learn's smart lockout article gives
 * the Graph body `POST /settings` with that templateId and string values; Microsoft Graph "Create
 * directorySetting"): BannedPasswordCheckOnPremisesMode, EnableBannedPasswordCheckOnPremises,
 * EnableBannedPasswordCheck, LockoutDurationInSeconds, LockoutThreshold, BannedPasswordList (the
 * terms joined by a tab, as Microsoft365DSC's MSFT_AADPasswordRuleSettings writes them).
 * The rest is fixed for cloud accounts (Microsoft Learn, concept-sspr-policy): 8 to 256
 * characters, 3 of 4 classes, printable ASCII only. The custom banned list takes at most 1,000
 * terms of 4 to 16 characters, case-insensitive (Microsoft Learn, concept-password-ban-bad and
 * tutorial-configure-custom-password-protection). Smart lockout's duration is that of the first
 * lockout; later ones grow (Microsoft Learn, howto-password-smart-lockout).
 */
export const PASSWORD_RULE_SETTINGS_TEMPLATE = '5cf42378-d67d-4f36-ba46-e8b86229381d';
export const ENTRA_MAX_TERMS = 1000;
export const ENTRA_TERM_LENGTH = { min: 4, max: 16 } as const;
export const ENTRA_MIN_LENGTH = 8;
export const ENTRA_MAX_LENGTH = 256;

export function exportEntra(policy: PolicyDocument, options: ExportOptions = {}): PolicyExport {
  const resolved = resolveExportOptions(policy, options);
  const rules = policy.rules ?? {};
  const on = <T extends { enabled?: boolean }>(rule: T | undefined): T | undefined => (rule && rule.enabled !== false ? rule : undefined);
  const mapped: FidelityEntry[] = [];
  const notes: string[] = [];

  const blocklist = on(rules.blocklist);
  const declaredTerms = blocklist?.terms ?? [];
  const fitting = [...new Set(declaredTerms.map((t) => t.toLowerCase()))].filter((t) => t.length >= ENTRA_TERM_LENGTH.min && t.length <= ENTRA_TERM_LENGTH.max);
  const terms = fitting.slice(0, ENTRA_MAX_TERMS);
  const dropped = declaredTerms.length - terms.length;
  const lockout = policy.lifecycle?.lockout ?? {};
  const settings: NativeSettings = {
    BannedPasswordCheckOnPremisesMode: resolved.onPremisesMode === 'audit' ? 'Audit' : 'Enforce',
    EnableBannedPasswordCheckOnPremises: resolved.onPremisesMode !== 'off',
    EnableBannedPasswordCheck: terms.length > 0,
    ...(lockout.durationMinutes !== undefined ? { LockoutDurationInSeconds: lockout.durationMinutes * 60 } : {}),
    ...(lockout.threshold !== undefined ? { LockoutThreshold: lockout.threshold } : {}),
    BannedPasswordList: terms,
  };

  const length = on(rules.length);
  if (length?.min !== undefined) {
    mapped.push(
      length.min === ENTRA_MIN_LENGTH
        ? { setting: 'rules.length.min', fidelity: 'exact', detail: 'Entra requires 8 characters for cloud accounts; it is fixed.' }
        : length.min > ENTRA_MIN_LENGTH
          ? { setting: 'rules.length.min', fidelity: 'not-enforceable', detail: `Entra's minimum for cloud accounts is fixed at 8; it cannot require ${length.min}. Synchronised accounts get AD's length instead.` }
          : { setting: 'rules.length.min', fidelity: 'approximate', detail: `Entra requires 8 characters, more than the policy's ${length.min}.` },
    );
  }
  if (length?.max !== undefined) mapped.push({ setting: 'rules.length.max', fidelity: length.max === ENTRA_MAX_LENGTH ? 'exact' : 'approximate', detail: 'Entra accepts at most 256 characters; it is fixed.' });

  const composition = on(rules.composition);
  const entraComposition = composition && composition.classes === 'ascii' && composition.minClasses === 3 && composition.minimum === undefined;
  if (composition) {
    for (const field of ['classes', 'minClasses'] as const) {
      if (composition[field] !== undefined) mapped.push({ setting: `rules.composition.${field}`, fidelity: entraComposition ? 'exact' : 'approximate', detail: entraComposition ? 'Entra requires 3 of 4 classes (fixed).' : 'Entra always requires 3 of lower case, upper case, digits and symbols, whatever the policy says.' });
    }
    for (const cls of Object.keys(composition.minimum ?? {})) mapped.push({ setting: `rules.composition.minimum.${cls}`, fidelity: 'not-enforceable', detail: 'Entra has no per-class minimum.' });
    if (composition.allowed !== undefined) mapped.push({ setting: 'rules.composition.allowed', fidelity: composition.allowed === 'printable-ascii' ? 'exact' : 'approximate', detail: 'Entra accepts printable ASCII and space only; it is fixed.' });
  }
  if (!entraComposition) notes.push('Entra always requires 3 of 4 character classes (lower, upper, digits, symbols) from printable ASCII: passwords this policy accepts, such as an all-lowercase passphrase, are still refused by Entra for cloud accounts.');
  notes.push('Entra always checks its global banned list and the user\'s names and tenant name (Entra Password Protection); these cannot be switched off.');

  if (blocklist) {
    if (blocklist.terms !== undefined) {
      const fuzzy = (blocklist.match ?? 'exact') === 'entra';
      const parts: string[] = [];
      if (!fuzzy) parts.push('Entra matches terms after normalisation, with fuzzy matching and substrings scored to 5 points, so it refuses more than the whole-password match the policy asks for');
      if (dropped > 0) parts.push(`${dropped} term${dropped === 1 ? '' : 's'} outside Entra's limits (4 to 16 characters, at most 1,000, duplicates ignored) left out`);
      mapped.push({ setting: 'rules.blocklist.terms', fidelity: parts.length === 0 ? 'exact' : 'approximate', native: ['BannedPasswordList', 'EnableBannedPasswordCheck'], detail: parts.length === 0 ? `${terms.length} terms in the custom banned password list.` : `${parts.join('; ')}.` });
    }
    if (blocklist.common !== undefined) mapped.push({ setting: 'rules.blocklist.common', fidelity: blocklist.common ? 'approximate' : 'not-enforceable', detail: blocklist.common ? "Entra's global banned list is Microsoft's own, unpublished list; Stepwise approximates it with the common-password list." : 'Entra always checks its global list; it cannot be switched off.' });
    if (blocklist.match !== undefined) mapped.push({ setting: 'rules.blocklist.match', fidelity: blocklist.match === 'entra' ? 'exact' : 'approximate', detail: blocklist.match === 'entra' ? "Entra's normalisation and fuzzy matching." : 'Entra always matches its own way (normalised, fuzzy, substrings).' });
    if (blocklist.minScore !== undefined) mapped.push({ setting: 'rules.blocklist.minScore', fidelity: blocklist.minScore === 5 ? 'exact' : 'approximate', detail: 'Entra requires 5 points; it is fixed.' });
    if (blocklist.commonTop !== undefined) mapped.push({ setting: 'rules.blocklist.commonTop', fidelity: 'not-enforceable', detail: "Entra's global list has its own size." });
  }

  const context = on(rules.context);
  if (context) {
    // Entra looks for names of 4+ characters; Stepwise for tokens of minTokenLength (default 3).
    const sameTokens = context.minTokenLength === 4;
    for (const field of ['names', 'organization'] as const) {
      if (context[field] === undefined) continue;
      const detail = context[field] ? `Entra Password Protection refuses the user's first and last names and the tenant name, of 4+ characters, anywhere in the password${sameTokens ? '' : ' (Stepwise: tokens of 3+ characters, unless minTokenLength is 4)'}.` : 'Entra checks names and the tenant name anyway.';
      mapped.push({ setting: `rules.context.${field}`, fidelity: context[field] && sameTokens ? 'exact' : 'approximate', detail });
    }
    if (context.minTokenLength !== undefined) mapped.push({ setting: 'rules.context.minTokenLength', fidelity: sameTokens ? 'exact' : 'approximate', detail: 'Entra uses names of 4 or more characters.' });
    for (const field of ['accountName', 'displayName', 'email', 'extraWords'] as const) if (context[field] !== undefined) mapped.push({ setting: `rules.context.${field}`, fidelity: 'not-enforceable', detail: 'Entra checks only the first and last names and the tenant name; add such words to the custom banned list.' });
  }

  const lifecycle = policy.lifecycle ?? {};
  if (lockout.threshold !== undefined) mapped.push({ setting: 'lifecycle.lockout.threshold', fidelity: 'exact', native: ['LockoutThreshold'], detail: `Smart lockout after ${lockout.threshold} failed sign-ins.` });
  if (lockout.durationMinutes !== undefined) mapped.push({ setting: 'lifecycle.lockout.durationMinutes', fidelity: 'approximate', native: ['LockoutDurationInSeconds'], detail: `The first lockout lasts ${lockout.durationMinutes * 60} seconds; smart lockout lengthens later ones, and it locks out unfamiliar locations first.` });
  if (lockout.resetAfterMinutes !== undefined) mapped.push({ setting: 'lifecycle.lockout.resetAfterMinutes', fidelity: 'not-enforceable', detail: 'Smart lockout has no observation-window setting.' });
  if (lifecycle.history !== undefined) mapped.push({ setting: 'lifecycle.history', fidelity: lifecycle.history === 1 ? 'exact' : 'approximate', detail: 'Entra refuses only the current password on change; it is fixed.' });
  if (lifecycle.maxAgeDays !== undefined) mapped.push({ setting: 'lifecycle.maxAgeDays', fidelity: 'not-enforceable', detail: "Not in Password Rule Settings: expiry is the domain's passwordValidityPeriodInDays (Update-MgDomain), set separately." });

  const fidelity = fidelityReport(policy, mapped, (path) =>
    path.startsWith('rules.strength') ? 'Entra has no strength estimator beyond its banned-list score.' : path.startsWith('rules.') ? 'Entra has no such rule.' : 'Not an Entra password setting: Stepwise, Conditional Access and the runbooks carry it as guidance.',
  );
  const body = {
    templateId: PASSWORD_RULE_SETTINGS_TEMPLATE,
    values: Object.entries(settings).map(([name, value]) => ({ name, value: Array.isArray(value) ? value.join('\t') : typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value) })),
  };
  return {
    target: 'entra',
    policyId: policy.id,
    settings,
    files: [
      { name: 'password-rule-settings.json', content: `${JSON.stringify(body, null, 2)}\n` },
      { name: 'custom-banned-passwords.txt', content: terms.length > 0 ? `${terms.join('\n')}\n` : '' },
    ],
    fidelity,
    platformNotes: notes,
  };
}

