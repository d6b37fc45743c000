import { buildEntraTermIndex, ENTRA_POINTS_CAP, entraScore, type EntraTermIndex } from '../blocklist/entraScore';
import { entraNormalize } from '../blocklist/entraNormalize';
import type { CommonPasswordList } from '../blocklist/commonPasswords';
import type { RuleResult } from '../evaluate/result';
import type { BlocklistRule, PasswordContext } from '../types';
import { ruleResult } from './ruleResult';

/** Microsoft's global list is curated and unpublished; in entra mode we use this many of the most common passwords. */
const ENTRA_COMMON_DEFAULT = 1000;
const ENTRA_MIN_SCORE = 5;

const indexCache = new WeakMap<BlocklistRule, { list: CommonPasswordList | undefined; index: EntraTermIndex }>();

/**
 * The blocklist rule in two modes.
 * - exact (NIST SP 800-63B-4 §3.1.1.2, N4-block): the whole password, lowercased, equals a
 *   listed common password (within `commonTop`) or one of the policy's terms.
 * - entra: Microsoft Entra Password Protection's normalization, fuzzy matching and points.
 */
export function checkBlocklist(password: string, context: PasswordContext, rule: BlocklistRule, commonPasswords: CommonPasswordList | undefined): RuleResult {
  const useCommon = rule.common ?? true;
  if (useCommon && !commonPasswords) {
    return ruleResult('blocklist', rule, false, 'Could not be checked: the common-password list was not loaded.', { hint: 'Pass commonPasswords (loadCommonPasswords()) or use evaluatePasswordAsync.' });
  }
  const list = useCommon ? commonPasswords : undefined;
  return (rule.match ?? 'exact') === 'entra' ? checkEntra(password, context, rule, list) : checkExact(password, rule, list);
}

function checkExact(password: string, rule: BlocklistRule, list: CommonPasswordList | undefined): RuleResult {
  const lower = password.toLowerCase();
  const rank = list?.rankOf(lower);
  const top = rule.commonTop ?? Infinity;
  if (rank !== undefined && rank <= top) {
    return ruleResult('blocklist', rule, false, `This is a commonly used password (number ${rank} on the list of common passwords).`, { hint: 'Choose something that is not a known password: a few unrelated words work well.', measured: { rank } });
  }
  if ((rule.terms ?? []).some((t) => t.toLowerCase() === lower)) {
    return ruleResult('blocklist', rule, false, "This is one of the organisation's banned passwords.", { hint: 'Choose something not on the banned list.' });
  }
  return ruleResult('blocklist', rule, true, 'Not on the list of common or banned passwords.');
}

function checkEntra(password: string, context: PasswordContext, rule: BlocklistRule, list: CommonPasswordList | undefined): RuleResult {
  let cached = indexCache.get(rule);
  if (!cached || cached.list !== list) {
    const common = list ? list.top(rule.commonTop ?? ENTRA_COMMON_DEFAULT).filter((t) => t.length >= 4 && t.length <= 16) : [];
    cached = { list, index: buildEntraTermIndex([...common, ...(rule.terms ?? [])].map(entraNormalize)) };
    indexCache.set(rule, cached);
  }
  // Names and tenant: substring match only, terms of 4+ characters (Entra Password Protection).
  const names = new Set([context.givenName, context.surname, context.organization].filter((v): v is string => !!v && v.length >= 4).map(entraNormalize));
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
