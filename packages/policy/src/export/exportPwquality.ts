import type { PolicyDocument } from '../types';
import { entry, fidelityReport, unicodeFidelity } from './declaredSettings';
import type { FidelityEntry, NativeSettings, PolicyExport } from './types';

/*
 * libpwquality, as documented in pwquality.conf(5) (libpwquality 1.4.5, Debian 12's
 * libpwquality-common) and implemented in src/check.c of github.com/libpwquality/libpwquality:
 * - minlen counts bytes (strlen) and cannot be set below 6 (PWQ_BASE_MIN_LENGTH);
 * - a positive credit lowers minlen per character of a class, so every credit is written as 0
 *   (or negative: "if less than 0 it is the minimum number of ... characters");
 * - minclass counts 4 classes: digits, upper, lower, others (any other byte: the space, control
 *   characters and every ASCII punctuation mark), tested with isdigit/isupper/islower in simple();
 * - maxsequence counts monotonic sequences of byte values only (12345, fedcb), not keyboard rows;
 * - badwords, usercheck and gecoscheck match words of 4+ characters as substrings of the
 *   lowercased password, forwards and reversed;
 * - dictcheck runs cracklib's FascistCheck (dictionary words and "simplistic/systematic" ones);
 * - palindromes are always refused, and with the old password, passwords too similar to it.
 */

/** Settings with their neutral values: what disables each check (pwquality.conf(5)). */
export const PWQUALITY_NEUTRAL: NativeSettings = {
  minlen: 6,
  dcredit: 0,
  ucredit: 0,
  lcredit: 0,
  ocredit: 0,
  minclass: 0,
  maxrepeat: 0,
  maxsequence: 0,
  maxclassrepeat: 0,
  usercheck: 0,
  gecoscheck: 0,
  dictcheck: 0,
  badwords: [],
  enforce_for_root: true,
};

const PWQ_BASE_MIN_LENGTH = 6;
const CREDIT: Record<string, string> = { digit: 'dcredit', upper: 'ucredit', lower: 'lcredit', symbol: 'ocredit' };

/**
 * How far pwquality's classes match the policy's scheme on ASCII. libpwquality's "others" is any
 * byte that is not a digit or an ASCII letter (src/check.c, simple()). The `ascii` scheme (Entra)
 * counts every printable ASCII symbol and the space, so only control characters differ. The `ad`
 * scheme counts as specials only Microsoft's list ~!@#$%^&*_-+=`|\(){}[]:;"'<>,.?/ ("Password
 * must meet complexity requirements", learn.microsoft.com): the space is no AD category, so
 * pwquality accepts "harbor quay 7" as 3 classes where AD counts 2. No pwquality setting leaves
 * the space out, so under `ad` a setting that counts symbols is approximate, even for ASCII.
 */
function classFidelity(policy: PolicyDocument, bytes: ReturnType<typeof unicodeFidelity>): { base: 'exact' | 'approximate'; unicode?: ReturnType<typeof unicodeFidelity>; caveat: string } {
  if ((policy.rules?.composition?.classes ?? 'ad') === 'ascii') return { base: 'exact', unicode: bytes, caveat: ' Control characters (a tab) are the exception: "others" for pwquality, no class for the policy.' };
  return { base: 'approximate', caveat: ' Approximate even for ASCII: pwquality counts the space (and control characters) as "others", while the policy\'s AD classes count as specials only Microsoft\'s list ~!@#$%^&*_-+=`|\\(){}[]:;"\'<>,.?/, so pwquality accepts a password whose only symbols are spaces (such as "harbor quay 7" for 3 classes) that the policy refuses.' };
}

export function exportPwquality(policy: PolicyDocument): PolicyExport {
  const rules = policy.rules ?? {};
  const on = <T extends { enabled?: boolean }>(rule: T | undefined): T | undefined => (rule && rule.enabled !== false ? rule : undefined);
  const bytes = unicodeFidelity(policy, 'bytes of UTF-8 (an "é" counts 2)');
  const settings: NativeSettings = { ...PWQUALITY_NEUTRAL };
  const mapped: FidelityEntry[] = [];

  const length = on(rules.length);
  if (length?.min !== undefined) {
    settings.minlen = Math.max(PWQ_BASE_MIN_LENGTH, length.min);
    if (length.min < PWQ_BASE_MIN_LENGTH) mapped.push(entry('rules.length.min', ['minlen'], `pwquality cannot require fewer than ${PWQ_BASE_MIN_LENGTH} characters, so minlen is ${PWQ_BASE_MIN_LENGTH}: stricter than the policy's ${length.min}.`, 'approximate'));
    else mapped.push(entry('rules.length.min', ['minlen', 'dcredit', 'ucredit', 'lcredit', 'ocredit'], `minlen = ${length.min}, with every credit 0 so that no character class lowers it.`, 'exact', bytes));
  }
  if (length?.max !== undefined) mapped.push({ setting: 'rules.length.max', fidelity: 'not-enforceable', detail: 'pwquality has no maximum length.' });

  const composition = on(rules.composition);
  const classes = classFidelity(policy, bytes);
  if (composition?.minClasses !== undefined) {
    settings.minclass = Math.min(4, composition.minClasses);
    if (composition.minClasses > 4) mapped.push(entry('rules.composition.minClasses', ['minclass'], 'pwquality counts 4 classes (digits, upper, lower, others); letters without case are "others" there, so at most 4 can be required.', 'approximate'));
    else mapped.push(entry('rules.composition.minClasses', ['minclass'], `minclass = ${composition.minClasses} of digits, upper case, lower case and others.${classes.caveat}`, classes.base, classes.unicode));
  }
  for (const [cls, count] of Object.entries(composition?.minimum ?? {})) {
    const native = CREDIT[cls];
    if (native && count !== undefined) {
      settings[native] = -count;
      // Digits and ASCII letters are the same on both sides; only "others" depends on the scheme.
      const symbol = cls === 'symbol';
      mapped.push(entry(`rules.composition.minimum.${cls}`, [native], `${native} = -${count}: at least ${count} ${symbol ? 'other (non-alphanumeric)' : cls} character${count === 1 ? '' : 's'}.${symbol ? classes.caveat : ''}`, symbol ? classes.base : 'exact', symbol ? classes.unicode : bytes));
    } else mapped.push({ setting: `rules.composition.minimum.${cls}`, fidelity: 'not-enforceable', detail: `pwquality has no minimum for "${cls}" characters (only digits, upper, lower and others).` });
  }
  if (composition?.classes !== undefined && composition.minClasses === undefined) mapped.push({ setting: 'rules.composition.classes', fidelity: 'exact', detail: 'Only the class scheme; it decides nothing by itself.' });
  // The scheme has no setting of its own: it only decides how minclass counts (no native name).
  else if (composition?.classes !== undefined) mapped.push({ ...entry('rules.composition.classes', [], `pwquality classes: digits, upper, lower, others.${classes.caveat}`, classes.base, classes.unicode) });
  if (composition?.allowed === 'printable-ascii') mapped.push({ setting: 'rules.composition.allowed', fidelity: 'not-enforceable', detail: 'pwquality cannot refuse characters outside printable ASCII.' });
  else if (composition?.allowed !== undefined) mapped.push({ setting: 'rules.composition.allowed', fidelity: 'exact', detail: 'Any character is accepted, as in pwquality.' });

  const repetition = on(rules.repetition);
  if (repetition?.maxRepeat !== undefined) {
    settings.maxrepeat = repetition.maxRepeat;
    mapped.push(entry('rules.repetition.maxRepeat', ['maxrepeat'], `maxrepeat = ${repetition.maxRepeat}.`, 'exact', bytes));
  }
  if (repetition?.maxSequence !== undefined) {
    settings.maxsequence = repetition.maxSequence;
    mapped.push({ setting: 'rules.repetition.maxSequence', fidelity: 'approximate', native: ['maxsequence'], detail: `maxsequence = ${repetition.maxSequence} catches runs such as 12345 or fedcb, but not keyboard walks such as qwerty, which Stepwise also counts.` });
  }
  if (repetition?.maxClassRepeat !== undefined) {
    settings.maxclassrepeat = repetition.maxClassRepeat;
    mapped.push(entry('rules.repetition.maxClassRepeat', ['maxclassrepeat'], `maxclassrepeat = ${repetition.maxClassRepeat}.`, 'exact', bytes));
  }

  const context = on(rules.context);
  if (context?.accountName) {
    settings.usercheck = 1;
    mapped.push({ setting: 'rules.context.accountName', fidelity: 'approximate', native: ['usercheck'], detail: 'usercheck = 1 refuses the user name forwards and reversed, but only names of 4 or more characters (Stepwise: 3 or more, forwards).' });
  }
  if (context?.displayName) {
    settings.gecoscheck = 1;
    mapped.push({ setting: 'rules.context.displayName', fidelity: 'approximate', native: ['gecoscheck'], detail: 'gecoscheck = 1 refuses words of the GECOS (full name) field of 4 or more characters, forwards and reversed, for local accounts only.' });
  }
  for (const field of ['names', 'email', 'organization', 'extraWords', 'minTokenLength'] as const) {
    if (context?.[field] !== undefined) mapped.push({ setting: `rules.context.${field}`, fidelity: 'not-enforceable', detail: field === 'minTokenLength' ? 'pwquality uses a fixed 4.' : 'pwquality knows only the user name and the GECOS field.' });
  }

  const blocklist = on(rules.blocklist);
  if (blocklist) {
    const terms = (blocklist.terms ?? []).map((t) => t.toLowerCase()).filter((t) => !/\s/.test(t));
    if (blocklist.terms !== undefined) {
      settings.badwords = terms;
      mapped.push({ setting: 'rules.blocklist.terms', fidelity: 'approximate', native: ['badwords'], detail: 'badwords refuses each word of 4 or more characters anywhere in the password, forwards and reversed (Stepwise: the whole password); words with spaces cannot be listed.' });
    }
    // The common list is on unless switched off (checkBlocklist), declared or not.
    if (blocklist.common ?? true) settings.dictcheck = 1;
    if (blocklist.common === true) {
      mapped.push({ setting: 'rules.blocklist.common', fidelity: 'approximate', native: ['dictcheck'], detail: "dictcheck = 1 uses cracklib's dictionary, a different list that also refuses dictionary words and simple patterns." });
    }
    if (blocklist.common === false) mapped.push({ setting: 'rules.blocklist.common', fidelity: 'exact', native: ['dictcheck'], detail: 'dictcheck = 0: no dictionary check, as the policy asks.' });
    for (const field of ['match', 'commonTop', 'minScore'] as const) if (blocklist[field] !== undefined) mapped.push({ setting: `rules.blocklist.${field}`, fidelity: 'not-enforceable', detail: 'pwquality matches its own way; see blocklist.terms and blocklist.common.' });
  }

  const report = fidelityReport(policy, mapped, (path) =>
    path.startsWith('rules.strength') ? 'pwquality has no strength estimator.' : path.startsWith('rules.patterns') ? 'pwquality has no regular expressions.' : path.startsWith('lifecycle.') ? 'Not a pwquality setting (ages: login.defs and chage; history: pam_pwhistory; lockout: pam_faillock).' : 'pwquality has no such setting.',
  );
  return {
    target: 'pwquality',
    policyId: policy.id,
    settings,
    files: [{ name: 'pwquality.conf', content: renderPwqualityConf(policy.id, settings) }],
    fidelity: report,
    platformNotes: ['pwquality always refuses palindromes, and (given the old password) passwords too similar to it; Stepwise has no such rule.'],
  };
}

/** pwquality.conf text: `name = value` lines, `#` comments (pwquality.conf(5)). */
export function renderPwqualityConf(policyId: string, settings: NativeSettings): string {
  const lines = [`# pwquality.conf exported by Stepwise from policy ${policyId}.`, '# pwquality.conf(5); install as /etc/security/pwquality.conf or a file in /etc/security/pwquality.conf.d/.'];
  for (const [name, value] of Object.entries(settings)) {
    if (Array.isArray(value)) {
      if (value.length > 0) lines.push(`${name} = ${value.join(' ')}`);
    } else if (typeof value === 'boolean') {
      // enforce_for_root is a bare flag: the policy applies to root as well.
      if (value) lines.push(name);
    } else lines.push(`${name} = ${value}`);
  }
  return `${lines.join('\n')}\n`;
}
