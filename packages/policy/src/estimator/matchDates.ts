import type { DateMatch, YearMatch } from './match';

/** The year guesses are centred on; a constant so estimates do not drift with the clock. */
export const REFERENCE_YEAR = 2025;

const YEAR = /19\d\d|20\d\d/g;
const SEPARATED = /(\d{1,4})([\s/\\_.-])(\d{1,2})\2(\d{1,4})/g;
const DIGITS = /\d{6,8}/g;

/** Recent years (1900-2099) and dates with or without separators, a reduced form of zxcvbn's date_match. */
export function matchDates(password: string): (YearMatch | DateMatch)[] {
  const out: (YearMatch | DateMatch)[] = [];
  for (const m of password.matchAll(YEAR)) out.push({ pattern: 'year', i: m.index, j: m.index + 3, year: Number(m[0]) });
  for (const m of password.matchAll(SEPARATED)) {
    const year = plausibleYear([m[1]!, m[3]!, m[4]!]);
    if (year !== undefined) out.push({ pattern: 'date', i: m.index, j: m.index + m[0].length - 1, year, separator: true });
  }
  for (const m of password.matchAll(DIGITS)) {
    const text = m[0];
    // ddmmyyyy / yyyymmdd / ddmmyy readings: any split with a valid day and month counts.
    const splits = text.length === 8 ? [[text.slice(0, 4), text.slice(4, 6), text.slice(6)], [text.slice(0, 2), text.slice(2, 4), text.slice(4)]] : text.length === 6 ? [[text.slice(0, 2), text.slice(2, 4), text.slice(4)]] : [];
    for (const parts of splits) {
      const year = plausibleYear(parts);
      if (year !== undefined) {
        out.push({ pattern: 'date', i: m.index, j: m.index + text.length - 1, year, separator: false });
        break;
      }
    }
  }
  return out;
}

function plausibleYear(parts: string[]): number | undefined {
  const numbers = parts.map(Number);
  const yearIndex = parts[0]!.length === 4 ? 0 : parts[2]!.length === 4 ? 2 : 2;
  let year = numbers[yearIndex]!;
  if (parts[yearIndex]!.length <= 2) year += year > 50 ? 1900 : 2000;
  if (year < 1000 || year > 2050) return undefined;
  const [a, b] = numbers.filter((_, k) => k !== yearIndex) as [number, number];
  const valid = (d: number, m: number) => d >= 1 && d <= 31 && m >= 1 && m <= 12;
  return valid(a, b) || valid(b, a) ? year : undefined;
}
