import type { ContextRule, PasswordContext } from '../types';

export interface ContextTerm {
  /** Text to look for: NFC-normalized and lowercased. */
  term: string;
  /** Where it came from, for the message ("display name"). */
  source: string;
}

/** Separators of display-name tokens in Active Directory: comma, period, hyphen, underscore, hash, space, tab. */
const AD_SEPARATORS = /[,.\-_#\s\t]+/;

/**
 * The words a password must not contain, from what the caller knows about the account.
 * - accountName: the whole sAMAccountName, only when it has 3+ characters (AD complexity).
 * - displayName: each token of 3+ characters (minTokenLength), split on AD's separators; so
 *   "Erin M. Hagens" bans "erin" and "hagens" but not "m".
 * - names / organization: given name, surname and tenant name as wholes and tokens (Entra).
 * - email: the local part, whole and as tokens.
 * - extraWords: the caller's own words (service name and the like; NIST context words).
 */
export function contextTerms(context: PasswordContext, rule: ContextRule): ContextTerm[] {
  const minimum = rule.minTokenLength ?? 3;
  const out: ContextTerm[] = [];
  const add = (value: string | undefined, source: string, tokens: boolean) => {
    if (!value) return;
    // NFC first: a display name stored decomposed (NFD, as some directories and macOS file
    // names do) must compare equal to the same name typed composed.
    const whole = value.normalize('NFC').trim().toLowerCase();
    if (whole.length >= minimum) out.push({ term: whole, source });
    if (!tokens) return;
    for (const token of whole.split(AD_SEPARATORS)) if (token.length >= minimum && token !== whole) out.push({ term: token, source });
  };
  if (rule.accountName) add(context.userName, 'account name', false);
  if (rule.displayName) add(context.displayName, 'display name', true);
  if (rule.names) {
    add(context.givenName, 'given name', true);
    add(context.surname, 'surname', true);
  }
  if (rule.email && context.email) add(context.email.split('@')[0], 'e-mail address', true);
  if (rule.organization) add(context.organization, 'organisation name', true);
  if (rule.extraWords) for (const word of context.words ?? []) add(word, 'context word', false);
  const seen = new Set<string>();
  return out.filter(({ term }) => (seen.has(term) ? false : (seen.add(term), true)));
}
