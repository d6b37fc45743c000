import type { PolicyDocument } from '../types';
import { entry, fidelityReport, unicodeFidelity } from './declaredSettings';
import type { FidelityEntry, NativeSettings } from './types';

/*
 * Active Directory password and lockout settings, by the property names of
 * Get-ADDefaultDomainPasswordPolicy / Get-ADFineGrainedPasswordPolicy and the parameters of
 * Set-ADDefaultDomainPasswordPolicy / New-ADFineGrainedPasswordPolicy (Microsoft Learn,
 * ActiveDirectory module reference). Ranges from Microsoft Learn "Password Policy" and "Account
 * Lockout Policy" security policy settings: minimum length 0-14 (up to 128 with "Relax minimum
 * password length limits", Windows Server 2022), history 0-24, maximum age 0 (never) or 1-999
 * days, minimum age 0-998 days, lockout threshold 0-999, duration and reset 0-99999 minutes.
 * Fine-grained policies (msDS-PasswordSettings) allow a minimum length up to 255 and a history up
 * to 1024. AD stores at most 256 characters (AD-maxlength in policy/standards/microsoft-ad.yaml).
 */

export interface AdLimits {
  maxMinLength: number;
  /** Why the minimum length is capped, for the fidelity detail. */
  minLengthCap: string;
  maxHistory: number;
}

export const AD_MAX_PASSWORD_LENGTH = 256;

/** Native settings in the order of the cmdlet reference, and the fidelity of every declared setting. */
export function adSettings(policy: PolicyDocument, limits: AdLimits): { settings: NativeSettings; fidelity: FidelityEntry[]; platformNotes: string[] } {
  const rules = policy.rules ?? {};
  const on = <T extends { enabled?: boolean }>(rule: T | undefined): T | undefined => (rule && rule.enabled !== false ? rule : undefined);
  const utf16 = unicodeFidelity(policy, 'UTF-16 code units (an emoji counts 2)');
  const settings: NativeSettings = {};
  const mapped: FidelityEntry[] = [];
  const notes: string[] = [];

  // Complexity ("Password must meet complexity requirements"): 3 of 5 categories, and no account
  // name or display-name token of 3+ characters. One switch for both rules.
  const composition = on(rules.composition);
  const context = on(rules.context);
  const complexityExact = !!composition && (composition.classes ?? 'ad') === 'ad' && composition.minClasses === 3 && composition.minimum === undefined && composition.allowed !== 'printable-ascii';
  const complexity = !!composition && (composition.minClasses ?? 0) >= 3;
  settings.ComplexityEnabled = complexity;
  if (composition) {
    const detail = complexityExact ? 'ComplexityEnabled: 3 of the 5 AD categories.' : complexity ? 'ComplexityEnabled asks for exactly 3 of 5 AD categories, not what the policy says.' : 'AD can only require 3 of 5 categories (complexity) or nothing: complexity is left off.';
    const fidelity = complexityExact ? 'exact' : complexity ? 'approximate' : 'not-enforceable';
    for (const field of ['classes', 'minClasses'] as const) if (composition[field] !== undefined) mapped.push({ setting: `rules.composition.${field}`, fidelity, native: ['ComplexityEnabled'], detail });
    for (const cls of Object.keys(composition.minimum ?? {})) mapped.push({ setting: `rules.composition.minimum.${cls}`, fidelity: 'not-enforceable', detail: 'AD has no per-class minimum.' });
    if (composition.allowed === 'printable-ascii') mapped.push({ setting: 'rules.composition.allowed', fidelity: 'not-enforceable', detail: 'AD accepts any Unicode character.' });
    else if (composition.allowed !== undefined) mapped.push({ setting: 'rules.composition.allowed', fidelity: 'exact', detail: 'AD accepts any character.' });
  } else {
    notes.push('AD turns complexity on by default; this export turns it off (ComplexityEnabled $false) because the policy has no composition rule. Left on, it refuses passwords with fewer than 3 of 5 categories, such as an all-lowercase passphrase.');
  }
  if (context) {
    for (const field of ['accountName', 'displayName'] as const) {
      if (context[field] === undefined) continue;
      if (!context[field]) mapped.push({ setting: `rules.context.${field}`, fidelity: complexity ? 'approximate' : 'exact', native: ['ComplexityEnabled'], detail: complexity ? 'Complexity refuses the account name and display-name tokens anyway.' : 'Not checked, as the policy says.' });
      else if (complexity && (context.minTokenLength ?? 3) === 3) mapped.push({ setting: `rules.context.${field}`, fidelity: 'exact', native: ['ComplexityEnabled'], detail: field === 'accountName' ? 'Complexity refuses the sAMAccountName (3+ characters), case-insensitively.' : 'Complexity refuses display-name tokens of 3+ characters.' });
      else mapped.push({ setting: `rules.context.${field}`, fidelity: 'not-enforceable', detail: 'AD checks names only as part of complexity, which this policy does not ask for (or with another token length).' });
    }
    if (context.minTokenLength !== undefined) mapped.push({ setting: 'rules.context.minTokenLength', fidelity: context.minTokenLength === 3 && complexity ? 'exact' : 'not-enforceable', detail: 'AD complexity uses tokens of 3 or more characters.' });
  }

  const length = on(rules.length);
  if (length?.min !== undefined) {
    settings.MinPasswordLength = Math.min(length.min, limits.maxMinLength);
    if (length.min > limits.maxMinLength) mapped.push({ setting: 'rules.length.min', fidelity: 'approximate', native: ['MinPasswordLength'], detail: `${limits.minLengthCap} MinPasswordLength is ${limits.maxMinLength}, not ${length.min}.` });
    else mapped.push(entry('rules.length.min', ['MinPasswordLength'], `MinPasswordLength = ${length.min}.`, 'exact', utf16));
  }
  if (length?.max !== undefined) {
    if (length.max === AD_MAX_PASSWORD_LENGTH) mapped.push({ setting: 'rules.length.max', fidelity: 'exact', detail: 'AD accepts at most 256 characters, whatever the policy.' });
    else mapped.push({ setting: 'rules.length.max', fidelity: length.max > AD_MAX_PASSWORD_LENGTH ? 'approximate' : 'not-enforceable', detail: `AD has no maximum-length setting; it accepts up to ${AD_MAX_PASSWORD_LENGTH} characters.` });
  }

  const lifecycle = policy.lifecycle ?? {};
  const capped = (path: string, native: string, value: number, max: number, unit: string) => {
    settings[native] = Math.min(value, max);
    mapped.push(value > max ? { setting: path, fidelity: 'approximate', native: [native], detail: `AD allows at most ${max}${unit}; ${native} = ${max}.` } : { setting: path, fidelity: 'exact', native: [native], detail: `${native} = ${value}${unit}.` });
  };
  if (lifecycle.maxAgeDays !== undefined) capped('lifecycle.maxAgeDays', 'MaxPasswordAge', lifecycle.maxAgeDays, 999, ' days (0: never expires)');
  if (lifecycle.minAgeDays !== undefined) capped('lifecycle.minAgeDays', 'MinPasswordAge', lifecycle.minAgeDays, 998, ' days');
  if (lifecycle.history !== undefined) capped('lifecycle.history', 'PasswordHistoryCount', lifecycle.history, limits.maxHistory, ' remembered passwords');
  if (lifecycle.lockout?.threshold !== undefined) capped('lifecycle.lockout.threshold', 'LockoutThreshold', lifecycle.lockout.threshold, 999, ' failed attempts (0: never locked)');
  if (lifecycle.lockout?.durationMinutes !== undefined) capped('lifecycle.lockout.durationMinutes', 'LockoutDuration', lifecycle.lockout.durationMinutes, 99999, ' minutes');
  if (lifecycle.lockout?.resetAfterMinutes !== undefined) capped('lifecycle.lockout.resetAfterMinutes', 'LockoutObservationWindow', lifecycle.lockout.resetAfterMinutes, 99999, ' minutes');
  // AD refuses a lockout observation window longer than the lockout duration (Microsoft Learn,
  // "Reset account lockout counter after": it must be less than or equal to the duration).
  const lockout = lifecycle.lockout;
  if (lockout?.durationMinutes !== undefined && lockout.durationMinutes > 0 && (lockout.resetAfterMinutes ?? 0) > lockout.durationMinutes) notes.push(`AD refuses a LockoutObservationWindow (${lockout.resetAfterMinutes} minutes) longer than the LockoutDuration (${lockout.durationMinutes} minutes); the cmdlet will fail until the policy fixes one of them.`);
  else if (lockout?.durationMinutes !== undefined && lockout.resetAfterMinutes === undefined) notes.push(`The policy sets no reset window: the domain keeps its LockoutObservationWindow, which AD requires to be no longer than the ${lockout.durationMinutes}-minute LockoutDuration.`);
  if (lifecycle.reversibleEncryption !== undefined) {
    settings.ReversibleEncryptionEnabled = lifecycle.reversibleEncryption;
    mapped.push({ setting: 'lifecycle.reversibleEncryption', fidelity: 'exact', native: ['ReversibleEncryptionEnabled'], detail: `ReversibleEncryptionEnabled = ${lifecycle.reversibleEncryption}.` });
  }

  const fidelity = fidelityReport(policy, mapped, (path) =>
    path.startsWith('rules.blocklist')
      ? 'AD has no banned-password list; it needs a password filter on every DC, such as the Entra Password Protection DC agent (export to entra).'
      : path.startsWith('rules.strength')
        ? 'AD has no strength estimator.'
        : path.startsWith('rules.context')
          ? 'AD complexity knows only the account name and display name.'
          : path.startsWith('rules.')
            ? 'AD has no such rule; it needs a custom password filter.'
            : 'Not an AD password policy setting: Stepwise and the runbooks carry it as guidance.',
  );
  return { settings, fidelity, platformNotes: notes };
}

/** A TimeSpan literal for the cmdlets: `d.hh:mm:ss`. */
export function timeSpan(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const rest = minutes % 1440;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${days}.${pad(Math.floor(rest / 60))}:${pad(rest % 60)}:00`;
}

/** PowerShell parameters for the cmdlets, from native settings (only those set). */
export function adParameters(settings: NativeSettings): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(settings)) {
    if (typeof value === 'boolean') out.push(`-${name} $${value}`);
    else if (typeof value === 'number') {
      // TimeSpans quoted, as in Microsoft Learn's examples (-MaxPasswordAge "60.00:00:00"). A zero
      // maximum age is "passwords never expire", as "Maximum password age" 0 in Group Policy.
      if (name === 'MaxPasswordAge' || name === 'MinPasswordAge') out.push(`-${name} "${timeSpan(value * 1440)}"`);
      else if (name === 'LockoutDuration' || name === 'LockoutObservationWindow') out.push(`-${name} "${timeSpan(value)}"`);
      else if (name !== 'Precedence') out.push(`-${name} ${value}`);
    }
  }
  return out;
}

/** A PowerShell single-quoted string ('' escapes a quote). */
export function psQuote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}
