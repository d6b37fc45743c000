import type { Lifecycle, PolicyDocument, Rules } from '@stepwise/policy';

/** A rule or lifecycle setting in plain words, for readers who do not read YAML. */
export interface RuleDescription {
  id: string;
  title: string;
  description: string;
  enabled: boolean;
  severity?: 'error' | 'warning';
  clauses: string[];
  rationale?: string;
}

const COMPOSITION_CLASSES: Record<string, string> = { lower: 'lowercase letters', upper: 'uppercase letters', digit: 'digits', symbol: 'symbols', other: 'other letters', letter: 'letters' };

/** Every rule of a resolved policy, in the order a reader meets them. Ids match `policyRuleIds`. */
export function describeRules(policy: PolicyDocument): RuleDescription[] {
  const rules: Rules = policy.rules ?? {};
  const out: RuleDescription[] = [];
  const add = (id: string, title: string, description: string, rule: { enabled?: boolean; severity?: 'error' | 'warning'; clauses?: string[]; rationale?: string }) => {
    const entry: RuleDescription = { id, title, description, enabled: rule.enabled !== false, clauses: rule.clauses ?? [] };
    if (rule.severity) entry.severity = rule.severity;
    if (rule.rationale) entry.rationale = rule.rationale.trim();
    out.push(entry);
  };
  if (rules.length) {
    const { min, max } = rules.length;
    const parts = [min !== undefined ? `At least ${min} characters` : 'No minimum length', max !== undefined ? `at most ${max}` : 'no maximum'];
    add('length', 'Length', `${parts.join(', ')}, counting each Unicode code point as one character.`, rules.length);
  }
  if (rules.composition) {
    const c = rules.composition;
    const parts: string[] = [];
    if (c.minClasses !== undefined) {
      const classes = c.classes === 'ad' ? 'the five Active Directory categories (uppercase, lowercase, digits, symbols, other letters)' : 'lowercase, uppercase, digits and symbols';
      parts.push(`characters from at least ${c.minClasses} of ${classes}`);
    }
    for (const [name, count] of Object.entries(c.minimum ?? {})) parts.push(`at least ${count} ${COMPOSITION_CLASSES[name] ?? name}`);
    if (c.allowed === 'printable-ascii') parts.push('only printable ASCII characters and the space');
    add('composition', 'Composition', parts.length > 0 ? capitalise(`${parts.join('; ')}.`) : 'Any characters.', c);
  }
  if (rules.strength) {
    add('strength', 'Strength', `An estimated strength score of at least ${rules.strength.minScore ?? 0} out of 4, from how many guesses the password would take.`, rules.strength);
  }
  if (rules.blocklist) {
    const b = rules.blocklist;
    const terms = b.terms?.length ? `${b.terms.length} banned term${b.terms.length === 1 ? '' : 's'} (${b.terms.slice(0, 6).join(', ')}${b.terms.length > 6 ? ', …' : ''})` : undefined;
    const common = b.common ? `the ${b.commonTop ? `top ${b.commonTop.toLocaleString('en')} ` : ''}common passwords` : undefined;
    const lists = [common, terms].filter(Boolean).join(' and ');
    const expected = b.expected ? ' Passwords made of repeats, sequences and keyboard walks are refused as expected values.' : '';
    const description =
      b.match === 'entra'
        ? `Scored like Entra Password Protection: after look-alike substitution, each banned term found (${lists || 'none listed'}) counts 1 point and every other character 1 point; ${b.minScore ?? 5} points are needed.`
        : b.match === 'normalized'
          ? `The password, once look-alike characters, leading and trailing digits, symbols and years, and repeats are undone, must not be one of ${lists || 'the listed terms'}; banned terms of 4 or more characters are refused anywhere in it.${expected}`
          : `The whole password must not be one of ${lists || 'the listed terms'} (case-insensitive).${expected}`;
    add('blocklist', 'Blocklist', description, b);
  }
  if (rules.breached) {
    const min = rules.breached.minCount !== undefined && rules.breached.minCount > 1 ? ` at least ${rules.breached.minCount} times` : '';
    add('breached', 'Breached passwords', `The password must not appear${min} in a breach corpus (a local Pwned Passwords file or a range service, given when checking); without one the check is reported as not done.`, rules.breached);
  }
  if (rules.context) {
    const c = rules.context;
    const words = [
      c.accountName && 'the account name',
      c.displayName && 'the words of the display name',
      c.names && "the user's given name and surname",
      c.email && 'the e-mail address',
      c.organization && 'the organisation name',
      c.extraWords && 'words the caller supplies',
    ].filter((w): w is string => typeof w === 'string');
    const min = c.minTokenLength !== undefined ? ` (words of ${c.minTokenLength} or more characters)` : '';
    add('context', 'Context words', words.length > 0 ? `Must not contain ${list(words)}${min}.` : 'No context words are checked.', c);
  }
  if (rules.repetition) {
    const r = rules.repetition;
    const parts = [
      r.maxRepeat !== undefined && `no more than ${r.maxRepeat} identical characters in a row`,
      r.maxSequence !== undefined && `no runs like “12345” or “abcd” longer than ${r.maxSequence}`,
      r.maxClassRepeat !== undefined && `no more than ${r.maxClassRepeat} characters of one kind in a row`,
    ].filter((p): p is string => typeof p === 'string');
    add('repetition', 'Repetition', parts.length > 0 ? capitalise(`${parts.join('; ')}.`) : 'No limits.', r);
  }
  for (const pattern of rules.patterns ?? []) {
    const verb = pattern.mode === 'require' ? 'Must match' : 'Must not match';
    add(`pattern:${pattern.id}`, `Pattern: ${pattern.id}`, `${pattern.description} (${verb.toLowerCase()} /${pattern.pattern}/${pattern.caseInsensitive ? 'i' : ''}).`, pattern);
  }
  return out;
}

/** Each lifecycle setting as a rule `lifecycle.<field>`, in plain words. */
export function describeLifecycle(lifecycle: Lifecycle | undefined): RuleDescription[] {
  if (!lifecycle) return [];
  const out: RuleDescription[] = [];
  for (const [field, value] of Object.entries(lifecycle) as [keyof Lifecycle, unknown][]) {
    const text = LIFECYCLE[field]?.(value as never);
    if (text === undefined) continue;
    out.push({ id: `lifecycle.${field}`, title: LIFECYCLE_TITLES[field] ?? field, description: text, enabled: true, clauses: [] });
  }
  return out;
}

const LIFECYCLE_TITLES: Partial<Record<keyof Lifecycle, string>> = {
  maxAgeDays: 'Maximum age',
  minAgeDays: 'Minimum age',
  history: 'History',
  lockout: 'Lockout',
  mfaRequired: 'Multi-factor',
  forceChangeAfterReset: 'Change after reset',
  changeOnCompromise: 'Change on compromise',
  temporaryPasswordLifetimeHours: 'Temporary passwords',
  hintsAllowed: 'Hints',
  knowledgeQuestionsAllowed: 'Security questions',
  pasteAllowed: 'Paste',
  reversibleEncryption: 'Reversible encryption',
};

const LIFECYCLE: { [K in keyof Lifecycle]-?: (value: NonNullable<Lifecycle[K]>) => string } = {
  maxAgeDays: (days) => (days === 0 ? 'Passwords never expire on a schedule.' : `Passwords must be changed every ${days} days.`),
  minAgeDays: (days) => (days === 0 ? 'A password can be changed again at once.' : `A password can be changed again only after ${days} day${days === 1 ? '' : 's'}.`),
  history: (count) => (count === 0 ? 'Earlier passwords may be reused.' : `None of the last ${count} passwords may be reused.`),
  lockout: (l) => {
    if (l.threshold === 0) return 'Accounts are never locked after failed attempts.';
    const parts = [l.threshold !== undefined ? `Locked after ${l.threshold} failed attempts` : 'Locked after repeated failures'];
    if (l.durationMinutes !== undefined) parts.push(l.durationMinutes === 0 ? 'until an administrator unlocks it' : `for ${l.durationMinutes} minutes`);
    if (l.resetAfterMinutes !== undefined) parts.push(`the failure count resets after ${l.resetAfterMinutes} minutes`);
    return `${parts.join(', ')}.`;
  },
  mfaRequired: (on) => (on ? 'Every account also needs a second factor.' : 'A second factor is not required.'),
  forceChangeAfterReset: (on) => (on ? 'After a reset, the user must choose a new password at the next sign-in.' : 'A reset password stays in use until the user changes it.'),
  changeOnCompromise: (on) => (on ? 'A change is forced on any evidence of compromise.' : 'No forced change on evidence of compromise.'),
  temporaryPasswordLifetimeHours: (hours) => (hours === 0 ? 'Temporary passwords do not expire.' : `Temporary passwords expire after ${hours} hours.`),
  hintsAllowed: (on) => (on ? 'Password hints are allowed.' : 'No password hints.'),
  knowledgeQuestionsAllowed: (on) => (on ? 'Security questions are allowed.' : 'No security questions ("name of your first pet").'),
  pasteAllowed: (on) => (on ? 'Paste and password managers are allowed.' : 'Paste is blocked.'),
  reversibleEncryption: (on) => (on ? 'Passwords are stored with reversible encryption.' : 'Never stored with reversible encryption.'),
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function list(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}
