import type { EstimatorFeedback } from './types';
import type { Match } from './match';

const ADD_WORD = 'Add another word or two. Uncommon words are better.';

/**
 * zxcvbn's feedback (feedback.coffee): a warning about the longest weak pattern and what to do
 * instead. Messages name the pattern, never the text that matched it.
 */
export function estimatorFeedback(score: number, sequence: readonly Match[]): EstimatorFeedback {
  if (sequence.length === 0) return { suggestions: ['Use a few words, avoid common phrases.', 'No need for symbols, digits, or uppercase letters.'] };
  if (score > 2) return { suggestions: [] };
  let longest = sequence[0]!;
  for (const m of sequence) if (m.j - m.i > longest.j - longest.i) longest = m;
  const specific = matchFeedback(longest, sequence.length === 1);
  return { ...(specific.warning ? { warning: specific.warning } : {}), suggestions: [ADD_WORD, ...specific.suggestions] };
}

function matchFeedback(match: Match, isSoleMatch: boolean): EstimatorFeedback {
  switch (match.pattern) {
    case 'dictionary':
      return dictionaryFeedback(match, isSoleMatch);
    case 'spatial':
      return {
        warning: match.turns === 1 ? 'Straight rows of keys are easy to guess.' : 'Short keyboard patterns are easy to guess.',
        suggestions: ['Use a longer keyboard pattern with more turns.'],
      };
    case 'repeat':
      return {
        warning: match.baseLength === 1 ? 'Repeated characters like "aaa" are easy to guess.' : 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
        suggestions: ['Avoid repeated words and characters.'],
      };
    case 'sequence':
      return { warning: 'Sequences like abc or 6543 are easy to guess.', suggestions: ['Avoid sequences.'] };
    case 'year':
      return { warning: 'Recent years are easy to guess.', suggestions: ['Avoid recent years.', 'Avoid years that are associated with you.'] };
    case 'date':
      return { warning: 'Dates are often easy to guess.', suggestions: ['Avoid dates and years that are associated with you.'] };
    case 'bruteforce':
      return { suggestions: [] };
  }
}

function dictionaryFeedback(match: Extract<Match, { pattern: 'dictionary' }>, isSoleMatch: boolean): EstimatorFeedback {
  let warning: string | undefined;
  if (match.dictionary === 'passwords') {
    if (isSoleMatch && !match.l33t && !match.reversed) {
      warning = match.rank <= 10 ? 'This is a top-10 common password.' : match.rank <= 100 ? 'This is a top-100 common password.' : 'This is a very common password.';
    } else if ((match.guessesLog10 ?? 0) <= 4) warning = 'This is similar to a commonly used password.';
  } else if (match.dictionary === 'words') {
    if (isSoleMatch) warning = 'A word by itself is easy to guess.';
  } else if (match.dictionary === 'names') {
    warning = isSoleMatch ? 'Names and surnames by themselves are easy to guess.' : 'Common names and surnames are easy to guess.';
  } else if (match.dictionary === 'user-inputs') {
    warning = 'Your own name or account details are easy to guess.';
  }
  const suggestions: string[] = [];
  if (/^[A-Z][^A-Z]+$/.test(match.token)) suggestions.push("Capitalization doesn't help very much.");
  else if (/^[^a-z]+$/.test(match.token) && match.token.toLowerCase() !== match.token) suggestions.push('All-uppercase is almost as easy to guess as all-lowercase.');
  if (match.reversed && match.token.length >= 4) suggestions.push("Reversed words aren't much harder to guess.");
  if (match.l33t) suggestions.push("Predictable substitutions like '@' instead of 'a' don't help very much.");
  return { ...(warning ? { warning } : {}), suggestions };
}
