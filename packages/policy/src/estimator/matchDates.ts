import type { DateMatch, YearMatch } from './match';

/**
 * The year guesses are centred on; a constant so estimates do not drift with the clock (zxcvbn
 * 4.4.2 reads the clock: its scoring.REFERENCE_YEAR, which our comparisons pin to this value).
 */
export const REFERENCE_YEAR = 2025;

/**
 * zxcvbn 4.4.2's recent_year is /19\d\d|200\d|201\d/ (2017: it stops at 2019). Ours reads the
 * 2020s as recent years too, a deliberate difference (packages/policy/README.md, "Agreement with
 * zxcvbn"): it only ever lowers an estimate.
 */
const RECENT_YEAR = /19\d\d|20[0-2]\d/g;
const DATE_MIN_YEAR = 1000;
const DATE_MAX_YEAR = 2050;
/** zxcvbn 4.4.2's DATE_SPLITS: for each length of a digit run, where to cut it into three parts. */
const DATE_SPLITS: Readonly<Record<number, readonly (readonly [number, number])[]>> = {
  4: [[1, 2], [2, 3]],
  5: [[1, 3], [2, 3]],
  6: [[1, 2], [2, 4], [4, 5]],
  7: [[1, 3], [2, 3], [4, 5], [4, 6]],
  8: [[2, 4], [4, 6]],
};
const WITH_SEPARATOR = /^(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})$/;

/** Recent years and zxcvbn 4.4.2's date_match (matching.coffee), ported case for case. */
export function matchDates(password: string): (YearMatch | DateMatch)[] {
  const out: (YearMatch | DateMatch)[] = [];
  for (const m of password.matchAll(RECENT_YEAR)) out.push({ pattern: 'year', i: m.index, j: m.index + 3, year: Number(m[0]) });
  return out.concat(dateMatches(password));
}

function dateMatches(password: string): DateMatch[] {
  const matches: DateMatch[] = [];
  const n = password.length;
  // Every date starts with a digit: most passwords have few, so most starts are skipped at once.
  const digit = (k: number) => {
    const c = password.charCodeAt(k);
    return c >= 48 && c <= 57;
  };
  // Without separator: 4 to 8 digits, the split whose year is nearest the reference year.
  for (let i = 0; i <= n - 4; i++) {
    if (!digit(i)) continue;
    let run = 1;
    while (run < 8 && i + run < n && digit(i + run)) run++;
    for (let j = i + 3; j < i + run; j++) {
      const token = password.slice(i, j + 1);
      let best: { year: number } | undefined;
      let bestDistance = Infinity;
      for (const [k, l] of DATE_SPLITS[token.length]!) {
        const dmy = mapIntsToDmy([Number.parseInt(token.slice(0, k), 10), Number.parseInt(token.slice(k, l), 10), Number.parseInt(token.slice(l), 10)]);
        if (!dmy) continue;
        const distance = Math.abs(dmy.year - REFERENCE_YEAR);
        if (distance < bestDistance) {
          best = dmy;
          bestDistance = distance;
        }
      }
      if (best) matches.push({ pattern: 'date', i, j, year: best.year, separator: false });
    }
  }
  // With a separator repeated between the parts: 6 to 10 characters.
  for (let i = 0; i <= n - 6; i++) {
    // A separated date starts and ends with a digit.
    if (!digit(i)) continue;
    for (let j = i + 5; j <= i + 9 && j < n; j++) {
      if (!digit(j)) continue;
      const m = WITH_SEPARATOR.exec(password.slice(i, j + 1));
      if (!m) continue;
      const dmy = mapIntsToDmy([Number.parseInt(m[1]!, 10), Number.parseInt(m[3]!, 10), Number.parseInt(m[4]!, 10)]);
      if (dmy) matches.push({ pattern: 'date', i, j, year: dmy.year, separator: true });
    }
  }
  // Dates inside a longer date are dropped (zxcvbn: "is_submatch").
  return matches.filter((match) => !matches.some((other) => other !== match && other.i <= match.i && other.j >= match.j));
}

/** zxcvbn's map_ints_to_dmy: a day, month and year from three integers, or undefined. */
function mapIntsToDmy(ints: readonly [number, number, number]): { year: number } | undefined {
  if (ints[1] > 31 || ints[1] <= 0) return undefined;
  let over12 = 0;
  let over31 = 0;
  let under1 = 0;
  for (const int of ints) {
    if ((int > 99 && int < DATE_MIN_YEAR) || int > DATE_MAX_YEAR) return undefined;
    if (int > 31) over31++;
    if (int > 12) over12++;
    if (int <= 0) under1++;
  }
  if (over31 >= 2 || over12 === 3 || under1 >= 2) return undefined;
  const splits: [number, [number, number]][] = [[ints[2], [ints[0], ints[1]]], [ints[0], [ints[1], ints[2]]]];
  for (const [year, rest] of splits) {
    if (year >= DATE_MIN_YEAR && year <= DATE_MAX_YEAR) return isDayMonth(rest) ? { year } : undefined;
  }
  for (const [year, rest] of splits) {
    if (isDayMonth(rest)) return { year: year > 99 ? year : year > 50 ? year + 1900 : year + 2000 };
  }
  return undefined;
}

/** zxcvbn's map_ints_to_dm: day then month, or month then day. */
function isDayMonth([a, b]: [number, number]): boolean {
  return (a >= 1 && a <= 31 && b >= 1 && b <= 12) || (b >= 1 && b <= 31 && a >= 1 && a <= 12);
}
