/**
 * zxcvbn 4.4.2's l33t table (matching.coffee, L33T_TABLE): for each letter, the characters
 * written for it. `1`, `|` stand for i or l, `7` for l or t.
 */
const L33T_TABLE: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'], b: ['8'], c: ['(', '{', '[', '<'], e: ['3'], g: ['6', '9'], i: ['1', '!', '|'], l: ['1', '|', '7'],
  o: ['0'], s: ['$', '5'], t: ['+', '7'], x: ['%'], z: ['2'],
};

/**
 * At most this many readings are followed. zxcvbn enumerates them all (736 for a password that
 * holds all 20 look-alikes); no real password comes near (measured: at most 6 over the 49,233
 * shipped common passwords, 16 over the bench's 10,000-password corpus), and the cap keeps
 * hostile input within the time budget (256 random printable characters: about 3 ms without
 * l33t readings, 13 with 32, 31 with 128, measured on a loaded machine). zxcvbn-ts 4.2.0 caps them too (`l33tMaxSubstitutions`,
 * default 100, in @zxcvbn-ts/core's Options).
 */
export const MAX_L33T_READINGS = 32;

/** Every look-alike character of the table, in a fixed order (a reading is indexed by it). */
export const L33T_CHARS: readonly string[] = [...new Set(Object.values(L33T_TABLE).flat())];
const L33T_INDEX = new Map(L33T_CHARS.map((c, k) => [c, k]));

/** Index of a look-alike character in L33T_CHARS, or -1. */
export function l33tIndex(char: string): number {
  return L33T_INDEX.get(char) ?? -1;
}

/**
 * One reading of the password: for each look-alike (by L33T_CHARS index), the letter it stands
 * for, or '' when this reading leaves it as written.
 */
export type L33tReading = readonly string[];

/**
 * zxcvbn 4.4.2's relevant_l33t_subtable + enumerate_l33t_subs, ported step for step (including
 * its quirk that two look-alikes of one letter, `1` and `!` for i, are never read as i together).
 * Readings that map the same characters the same way are kept once at every step: zxcvbn's
 * dedup keeps such repeats, which evolve alike and only repeat its matches. Empty when the
 * password holds no look-alike.
 */
export function enumerateL33tReadings(password: string): L33tReading[] {
  const present = new Set(password);
  const table: [string, number[]][] = [];
  for (const [letter, subs] of Object.entries(L33T_TABLE)) {
    const relevant = subs.filter((s) => present.has(s)).map(l33tIndex);
    if (relevant.length > 0) table.push([letter, relevant]);
  }
  if (table.length === 0) return [];
  let readings: string[][] = [L33T_CHARS.map(() => '')];
  for (const [letter, chars] of table) {
    const next = new Map<string, string[]>();
    const keep = (reading: string[]) => {
      const key = reading.join(',');
      if (!next.has(key)) next.set(key, reading);
    };
    for (const c of chars) {
      for (const reading of readings) {
        if (reading[c] === '') {
          const extended = reading.slice();
          extended[c] = letter;
          keep(extended);
        } else {
          // zxcvbn: keep the reading as it is, and an alternative where c stands for this letter.
          keep(reading);
          const alternative = reading.slice();
          alternative[c] = letter;
          keep(alternative);
        }
      }
    }
    readings = [...next.values()].slice(0, MAX_L33T_READINGS);
  }
  return readings;
}
