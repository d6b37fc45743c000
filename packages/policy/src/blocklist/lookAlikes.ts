/**
 * Look-alike characters people put in place of letters ("l33t"), each with the letters it can
 * stand for. `1` and `!` read as either `i` or `l` (`Wh1tf1eld`, `p@ssw0rd1`), so matching tries
 * every reading instead of picking one. The table is the union of Lithnet Password Protection's
 * normalization rules (docs.lithnet.io, "Normalization rules": $ 0 4 3 @ ^ ( 6 1 7 8 2 !) and
 * Microsoft's documented Entra substitutions (0 1 $ @), plus 5, 9, | and + which wordlist rule
 * sets (hashcat's leetspeak rules) apply as well. It is used by the `normalized` blocklist mode and
 * by the context rule; the `entra` mode keeps Microsoft's own four (see entraNormalize).
 */
export const LOOK_ALIKES: ReadonlyMap<string, string> = new Map([
  ['0', 'o'], ['1', 'il'], ['!', 'il'], ['|', 'il'], ['$', 's'], ['5', 's'], ['@', 'a'], ['4', 'a'], ['^', 'a'],
  ['3', 'e'], ['€', 'e'], ['7', 't'], ['+', 't'], ['8', 'b'], ['9', 'g'], ['6', 'g'], ['2', 'z'], ['(', 'c'],
]);

/** True when `char` of a password (lowercased) may stand for `letter` of a term. */
export function sameOrLookAlike(char: string, letter: string): boolean {
  return char === letter || (LOOK_ALIKES.get(char)?.includes(letter) ?? false);
}

/**
 * Whether `text` (lowercased) contains `term` (lowercased) with look-alikes undone, in any
 * reading: `c0nt0s0` contains `contoso`, `wh1tf1eld` contains `whitfield`. Each term becomes a
 * regular expression of character classes (`c[o0][n][t7+]...`), compiled once and cached, so the
 * search is the engine's linear scan, fast on 100,000-character input.
 */
export function containsLookAlike(text: string, term: string): boolean {
  if (term.length === 0 || term.length > text.length) return false;
  let pattern = termPatterns.get(term);
  if (!pattern) {
    pattern = new RegExp([...term].map((letter) => `[${escapeClass(letter + (STANDS_FOR.get(letter) ?? ''))}]`).join(''), 'u');
    if (termPatterns.size >= 1000) termPatterns.clear();
    termPatterns.set(term, pattern);
  }
  return pattern.test(text);
}

/** Letter -> the look-alikes that may stand for it. */
const STANDS_FOR = new Map<string, string>();
for (const [char, letters] of LOOK_ALIKES) for (const letter of letters) STANDS_FOR.set(letter, (STANDS_FOR.get(letter) ?? '') + char);
const termPatterns = new Map<string, RegExp>();

function escapeClass(chars: string): string {
  return chars.replace(/[\\\]\[^-]/g, (c) => `\\${c}`);
}

/**
 * Every reading of `text` with look-alikes replaced by letters, at most `limit` of them (each
 * ambiguous character doubles the count; the first readings keep `i` for `1`, Lithnet's choice).
 */
export function lookAlikeReadings(text: string, limit = 16): string[] {
  let readings = [''];
  for (const char of text) {
    const letters = LOOK_ALIKES.get(char) ?? char;
    if (letters.length === 1 || readings.length * letters.length > limit) readings = readings.map((r) => r + letters[0]!);
    else readings = readings.flatMap((r) => [...letters].map((l) => r + l));
  }
  return readings;
}
