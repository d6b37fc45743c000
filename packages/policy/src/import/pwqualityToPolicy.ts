import type { ParsedNative } from '../export/types';
import type { CharacterClass } from '../types';
import { noEquivalent, type MappedPolicy } from './mappedPolicy';

const CREDITS: Record<string, CharacterClass> = { dcredit: 'digit', ucredit: 'upper', lcredit: 'lower', ocredit: 'symbol' };

/** pwquality.conf settings (defaults applied) as policy rules; see exportPwquality for the mapping. */
export function pwqualityToPolicy(native: ParsedNative, file: string): MappedPolicy {
  const s = native.settings;
  const out: MappedPolicy = { rules: {}, lifecycle: {}, diagnostics: [] };
  const num = (name: string) => (typeof s[name] === 'number' ? (s[name] as number) : 0);
  out.rules.length = { min: Math.max(6, num('minlen')) };
  const minimum: Partial<Record<CharacterClass, number>> = {};
  for (const [credit, cls] of Object.entries(CREDITS)) {
    const value = num(credit);
    if (value < 0) minimum[cls] = -value;
    else if (value > 0) out.diagnostics.push(noEquivalent(native, file, credit, `a positive credit lets each ${cls} character count as more than one towards minlen; Stepwise counts every character once.`));
  }
  if (num('minclass') > 0 || Object.keys(minimum).length > 0) {
    out.rules.composition = { classes: 'ad', ...(num('minclass') > 0 ? { minClasses: Math.min(4, num('minclass')) } : {}), ...(Object.keys(minimum).length > 0 ? { minimum } : {}) };
  }
  const repetition = { ...(num('maxrepeat') > 0 ? { maxRepeat: num('maxrepeat') } : {}), ...(num('maxsequence') > 1 ? { maxSequence: num('maxsequence') } : {}), ...(num('maxclassrepeat') > 0 ? { maxClassRepeat: num('maxclassrepeat') } : {}) };
  if (Object.keys(repetition).length > 0) out.rules.repetition = repetition;
  if (num('usercheck') > 0 || num('gecoscheck') > 0) out.rules.context = { ...(num('usercheck') > 0 ? { accountName: true } : {}), ...(num('gecoscheck') > 0 ? { displayName: true } : {}) };
  const badwords = Array.isArray(s.badwords) ? s.badwords : [];
  if (badwords.length > 0 || num('dictcheck') > 0) out.rules.blocklist = { match: 'exact', common: num('dictcheck') > 0, ...(badwords.length > 0 ? { terms: badwords } : {}) };
  const why: Record<string, string> = {
    difok: 'it compares with the old password, which a policy check never sees.',
    usersubstr: 'Stepwise checks the whole account name.',
    dictpath: 'the cracklib dictionary is approximated by the common-password list.',
    enforcing: 'it is how PAM reacts, not a rule.',
    retry: 'it is how PAM prompts, not a rule.',
    enforce_for_root: 'a policy applies to every account it is given.',
    local_users_only: 'a policy applies to every account it is given.',
  };
  for (const name of Object.keys(why)) if (native.ranges[name] && s[name] !== undefined) out.diagnostics.push(noEquivalent(native, file, name, why[name]!));
  return out;
}
