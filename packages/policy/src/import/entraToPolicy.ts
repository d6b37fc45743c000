import { ENTRA_MAX_LENGTH, ENTRA_MIN_LENGTH } from '../export/exportEntra';
import type { ParsedNative } from '../export/types';
import { noEquivalent, type MappedPolicy } from './mappedPolicy';

/**
 * Password Rule Settings as policy rules: the settable values, plus what Entra always enforces
 * for cloud accounts (8 to 256 printable ASCII characters from 3 of 4 classes, the global banned
 * list with Microsoft's scoring, names and tenant name, no reuse of the current password).
 */
export function entraToPolicy(native: ParsedNative, file: string): MappedPolicy {
  const s = native.settings;
  const out: MappedPolicy = { rules: {}, lifecycle: { history: 1 }, diagnostics: [] };
  out.rules.length = { min: ENTRA_MIN_LENGTH, max: ENTRA_MAX_LENGTH };
  out.rules.composition = { classes: 'ascii', minClasses: 3, allowed: 'printable-ascii' };
  const terms = Array.isArray(s.BannedPasswordList) ? s.BannedPasswordList : [];
  const customOn = s.EnableBannedPasswordCheck === true;
  out.rules.blocklist = { match: 'entra', common: true, minScore: 5, ...(customOn && terms.length > 0 ? { terms } : {}) };
  if (!customOn && terms.length > 0) out.diagnostics.push(noEquivalent(native, file, 'BannedPasswordList', 'the custom list is switched off (EnableBannedPasswordCheck is False), so its terms are not enforced and not imported.'));
  out.rules.context = { names: true, organization: true };
  const threshold = s.LockoutThreshold;
  const seconds = s.LockoutDurationInSeconds;
  if (typeof threshold === 'number' || typeof seconds === 'number') {
    out.lifecycle.lockout = { ...(typeof threshold === 'number' ? { threshold } : {}), ...(typeof seconds === 'number' ? { durationMinutes: Math.ceil(seconds / 60) } : {}) };
    if (typeof seconds === 'number' && seconds % 60 !== 0) out.diagnostics.push(noEquivalent(native, file, 'LockoutDurationInSeconds', `a policy counts whole minutes; ${seconds} seconds is read as ${Math.ceil(seconds / 60)} minutes.`));
  }
  for (const name of ['EnableBannedPasswordCheckOnPremises', 'BannedPasswordCheckOnPremisesMode']) if (s[name] !== undefined) out.diagnostics.push(noEquivalent(native, file, name, 'where the banned list is enforced (the on-premises DC agent) is deployment, not policy; pass --on-premises when exporting.'));
  return out;
}
