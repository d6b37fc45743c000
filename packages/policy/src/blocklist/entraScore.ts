import { editDistance } from '@stepwise/core';

/** Banned terms prepared for Entra scoring: exact lookups plus a deletion index for edit distance 1. */
export interface EntraTermIndex {
  /** Normalized terms matched exactly or at edit distance 1. */
  fuzzy: ReadonlyMap<string, string>;
  /** term and every one-character deletion of it -> the terms. */
  deletions: ReadonlyMap<string, readonly string[]>;
  minLength: number;
  maxLength: number;
}

/**
 * Terms shorter than this are not enforced: Microsoft documents custom banned terms of 4 to 16
 * characters ("Tutorial: configure custom banned passwords") and substring matching "only for
 * names, and other terms, that are at least four characters long".
 */
export const ENTRA_MIN_TERM_LENGTH = 4;
/** Points past which scoring stops: the verdict cannot change and long input stays cheap. */
export const ENTRA_POINTS_CAP = 64;

export function buildEntraTermIndex(normalizedTerms: Iterable<string>): EntraTermIndex {
  const fuzzy = new Map<string, string>();
  const deletions = new Map<string, string[]>();
  let minLength = Infinity;
  let maxLength = 0;
  for (const term of normalizedTerms) {
    if (term.length < ENTRA_MIN_TERM_LENGTH || fuzzy.has(term)) continue;
    fuzzy.set(term, term);
    minLength = Math.min(minLength, term.length);
    maxLength = Math.max(maxLength, term.length);
    for (let k = -1; k < term.length; k++) {
      // k = -1 indexes the term itself (the password has one character more).
      const key = k < 0 ? term : term.slice(0, k) + term.slice(k + 1);
      const list = deletions.get(key);
      if (list) list.push(term);
      else deletions.set(key, [term]);
    }
  }
  return { fuzzy, deletions, minLength: Number.isFinite(minLength) ? minLength : 0, maxLength };
}

export interface EntraScore {
  points: number;
  /** Banned terms found, as written in the lists (not the password's text). */
  terms: string[];
  /** True when scoring stopped at the cap. */
  capped: boolean;
}

/**
 * Microsoft Entra Password Protection scoring: left to right, at each position take the longest
 * banned term found exactly (names and tenant: exact substring only), else the longest
 * substring within edit distance 1 of a banned term; each term found is 1 point, every other
 * character 1 point. With "contoso" and "blank" banned, `C0ntos0Blank12` scores 4 (rejected)
 * and `ContoS0Bl@nkf9!` scores 5 (accepted), as Microsoft documents.
 */
export function entraScore(normalized: string, banned: EntraTermIndex, exactOnly: ReadonlySet<string>): EntraScore {
  const chars = [...normalized];
  const n = chars.length;
  let exactMax = banned.maxLength;
  for (const t of exactOnly) exactMax = Math.max(exactMax, t.length);
  let points = 0;
  const terms: string[] = [];
  let i = 0;
  while (i < n) {
    if (points >= ENTRA_POINTS_CAP) return { points, terms, capped: true };
    const found = longestExact(chars, i, exactMax, banned, exactOnly) ?? longestFuzzy(chars, i, banned);
    points++;
    if (found) {
      terms.push(found.term);
      i += found.length;
    } else i++;
  }
  return { points, terms, capped: false };
}

function longestExact(chars: readonly string[], i: number, maxLength: number, banned: EntraTermIndex, exactOnly: ReadonlySet<string>): { term: string; length: number } | undefined {
  for (let length = Math.min(maxLength, chars.length - i); length >= ENTRA_MIN_TERM_LENGTH; length--) {
    const candidate = chars.slice(i, i + length).join('');
    if (banned.fuzzy.has(candidate) || exactOnly.has(candidate)) return { term: candidate, length };
  }
  return undefined;
}

function longestFuzzy(chars: readonly string[], i: number, banned: EntraTermIndex): { term: string; length: number } | undefined {
  if (banned.deletions.size === 0) return undefined;
  for (let length = Math.min(banned.maxLength + 1, chars.length - i); length >= ENTRA_MIN_TERM_LENGTH - 1; length--) {
    const candidate = chars.slice(i, i + length).join('');
    // candidate = term minus one character (a deletion), or the same length (a substitution),
    // or one longer (an insertion): all meet in the deletion index.
    const keys = [candidate];
    for (let k = 0; k < candidate.length; k++) keys.push(candidate.slice(0, k) + candidate.slice(k + 1));
    for (const key of keys) {
      for (const term of banned.deletions.get(key) ?? []) {
        if (editDistance(candidate, term, 1) <= 1) return { term, length };
      }
    }
  }
  return undefined;
}
