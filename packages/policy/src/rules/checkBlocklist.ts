import { buildEntraTermIndex, ENTRA_MIN_TERM_LENGTH, ENTRA_POINTS_CAP, entraScore, type EntraTermIndex } from '../blocklist/entraScore';
import { entraNormalize } from '../blocklist/entraNormalize';
import type { CommonPasswordList } from '../blocklist/commonPasswords';
import { compactForm, decoratedBases } from '../blocklist/decoratedBases';
import { expectedPattern } from '../blocklist/expectedPattern';
import { containsLookAlike } from '../blocklist/lookAlikes';
import type { RuleResult } from '../evaluate/result';
import type { BlocklistRule, PasswordContext } from '../types';
import { ruleResult } from './ruleResult';

/** Microsoft's global list is curated and unpublished; in entra mode we use this many of the most common passwords. */
const ENTRA_COMMON_DEFAULT = 1000;
const ENTRA_MIN_SCORE = 5;
/** Microsoft documents custom banned terms of 4 to 16 characters. */
const ENTRA_MAX_TERM_LENGTH = 16;
/**
 * In `normalized` mode a custom term this long or longer is banned anywhere in the password, as
 * Entra Password Protection and Lithnet Password Protection do, whatever the policy's minimum
 * length; a shorter one only as the whole base.
 */
export const SUBSTRING_TERM_LENGTH = 4;
/** Bases shorter than this are not looked up in the common list (a stray letter between digits is no word). */
const MIN_BASE_LENGTH = 3;

const indexCache = new WeakMap<BlocklistRule, { list: CommonPasswordList | undefined; index: EntraTermIndex }>();

/**
 * The blocklist rule in three modes, plus the optional `expected` check.
 * - exact (NIST SP 800-63B-4 §3.1.1.2 read literally, N4-block): the whole password, lowercased,
 *   equals a listed common password (within `commonTop`) or one of the policy's terms.
 * - normalized: the base word after decoration is undone (see `decoratedBases`) equals a listed
 *   password or a term, and terms of 4+ characters are found anywhere, look-alikes undone.
 * - entra: Microsoft Entra Password Protection's normalization, fuzzy matching and points.
 * - expected: repeats, sequences and keyboard walks are refused as "expected" values (§3.1.1.2).
 */
export function checkBlocklist(password: string, context: PasswordContext, rule: BlocklistRule, commonPasswords: CommonPasswordList | undefined): RuleResult {
  const useCommon = rule.common ?? true;
  if (useCommon && !commonPasswords) {
    return ruleResult('blocklist', rule, false, 'Could not be checked: the common-password list was not loaded.', { hint: 'Pass commonPasswords (loadCommonPasswords()) or use evaluatePasswordAsync.' });
  }
  const list = useCommon ? commonPasswords : undefined;
  const mode = rule.match ?? 'exact';
  if (mode === 'entra') return checkEntra(password, context, rule, list);
  const found = mode === 'normalized' ? checkNormalized(password, rule, list) : checkExact(password, rule, list);
  if (found) return found;
  if (rule.expected) {
    const pattern = expectedPattern(compactForm(password));
    if (pattern.expected) {
      return ruleResult('blocklist', rule, false, `This is an expected password: made of repeats, sequences or keyboard walks (${pattern.parts} part${pattern.parts === 1 ? '' : 's'}).`, {
        hint: 'Avoid runs like 1111, sequences like abcd or 1234 and keyboard rows like qwerty; a few unrelated words work well.',
        measured: { parts: pattern.parts },
      });
    }
  }
  return ruleResult('blocklist', rule, true, 'Not on the list of common or banned passwords.');
}

function checkExact(password: string, rule: BlocklistRule, list: CommonPasswordList | undefined): RuleResult | undefined {
  const lower = password.toLowerCase();
  const rank = list?.rankOf(lower);
  const top = rule.commonTop ?? Infinity;
  if (rank !== undefined && rank <= top) {
    return ruleResult('blocklist', rule, false, `This is a commonly used password (number ${rank} on the list of common passwords).`, { hint: 'Choose something that is not a known password: a few unrelated words work well.', measured: { rank } });
  }
  if ((rule.terms ?? []).some((t) => t.toLowerCase() === lower)) {
    return ruleResult('blocklist', rule, false, "This is one of the organisation's banned passwords.", { hint: 'Choose something not on the banned list.' });
  }
  return undefined;
}

function checkNormalized(password: string, rule: BlocklistRule, list: CommonPasswordList | undefined): RuleResult | undefined {
  const bases = decoratedBases(password);
  const top = rule.commonTop ?? Infinity;
  let best: number | undefined;
  for (const base of bases) {
    if ([...base].length < MIN_BASE_LENGTH) continue;
    const rank = list?.rankOf(base);
    if (rank !== undefined && rank <= top && (best === undefined || rank < best)) best = rank;
  }
  if (best !== undefined) {
    return ruleResult('blocklist', rule, false, `This is a common password with decoration (look-alike characters, digits, symbols, a year or a repeat) around it; the base is number ${best} on the list of common passwords.`, {
      hint: 'Decorating a common word does not make it hard to guess: attackers try those variants first. A few unrelated words work well.',
      measured: { rank: best },
    });
  }
  const compact = compactForm(password);
  const terms = (rule.terms ?? []).map((t) => t.normalize('NFC').toLowerCase().replace(/\s+/gu, '')).filter((t) => t.length > 0);
  const baseSet = new Set(bases);
  const hit = terms.find((term) => baseSet.has(term) || ([...term].length >= SUBSTRING_TERM_LENGTH && containsLookAlike(compact, term)));
  if (hit !== undefined) {
    // The term is the policy's own text; named only when shorter than the password, so the message never spells the password out.
    const named = [...hit].length < [...compact].length ? ` ("${hit}")` : '';
    return ruleResult('blocklist', rule, false, `Contains one of the organisation's banned terms${named}, also counting look-alike characters.`, { hint: 'Leave out the banned terms, in any spelling.' });
  }
  return undefined;
}

function checkEntra(password: string, context: PasswordContext, rule: BlocklistRule, list: CommonPasswordList | undefined): RuleResult {
  let cached = indexCache.get(rule);
  if (!cached || cached.list !== list) {
    const inRange = (t: string) => t.length >= ENTRA_MIN_TERM_LENGTH && t.length <= ENTRA_MAX_TERM_LENGTH;
    const common = list ? list.top(rule.commonTop ?? ENTRA_COMMON_DEFAULT).filter(inRange) : [];
    cached = { list, index: buildEntraTermIndex([...common, ...(rule.terms ?? []).filter(inRange)].map(entraNormalize)) };
    indexCache.set(rule, cached);
  }
  // Names and tenant: substring match only, terms of 4+ characters (Entra Password Protection).
  const names = new Set(
    [context.givenName, context.surname, context.organization]
      .map((v) => v?.normalize('NFC'))
      .filter((v): v is string => !!v && v.length >= ENTRA_MIN_TERM_LENGTH)
      .map(entraNormalize),
  );
  // Scoring stops at ENTRA_POINTS_CAP points and each point consumes at most one term (<= 64
  // characters) plus one, so a prefix of this many units decides the verdict of any input.
  const normalized = entraNormalize(password.slice(0, ENTRA_POINTS_CAP * 66));
  const score = entraScore(normalized, cached.index, names);
  // Name only the policy's own terms and the caller's names, and never one as long as the
  // password itself: the result must not reveal the password.
  const own = new Set([...(rule.terms ?? []).map(entraNormalize), ...names]);
  const nameable = [...new Set(score.terms)].filter((t) => own.has(t) && t.length < normalized.length);
  const needed = rule.minScore ?? ENTRA_MIN_SCORE;
  const measured = { points: score.points, needed, bannedTerms: score.terms.length };
  const shown = score.capped ? `at least ${score.points}` : String(score.points);
  if (score.points < needed) {
    const common = score.terms.length - score.terms.filter((t) => own.has(t)).length;
    const parts = [...nameable.map((t) => `"${t}"`), ...(common > 0 ? [`${common} common password${common === 1 ? '' : 's'}`] : [])];
    const terms = parts.length > 0 ? ` It contains ${parts.join(', ')}.` : '';
    return ruleResult('blocklist', rule, false, `Scores ${shown} of the ${needed} points needed.${terms}`, { measured, hint: 'Each banned term counts as one point and every other character as one; add characters that are not banned words.' });
  }
  return ruleResult('blocklist', rule, true, `Scores ${shown} points (${needed} needed).`, { measured });
}
