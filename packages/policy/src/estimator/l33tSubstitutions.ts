/**
 * zxcvbn 4.4.2's l33t table (matching.coffee, L33T_TABLE): for each letter, the characters
 * written for it. `1`, `|` stand for i or l, `7` for l or t.
 */
const L33T_TABLE: Readonly<Record<string, readonly string[]>> = {
  a: ['4', '@'], b: ['8'], c: ['(', '{', '[', '<'], e: ['3'], g: ['6', '9'], i: ['1', '!', '|'], l: ['1', '|', '7'],
  o: ['0'], s: ['$', '5'], t: ['+', '7'], x: ['%'], z: ['2'],
};

/** One reading of the password: look-alike character -> letter. */
export type L33tSubstitution = ReadonlyMap<string, string>;

/**
 * zxcvbn 4.4.2's relevant_l33t_subtable + enumerate_l33t_subs, ported step for step (including
 * its quirk that two look-alikes of one letter, `1` and `!` for i, are never read as i together),
 * with readings that map the same characters the same way kept once: zxcvbn's dedup keeps such
 * repeats, which only repeat its matches. Empty when the password holds no look-alike.
 */
export function enumerateL33tSubstitutions(password: string): L33tSubstitution[] {
  const present = new Set(password);
  const table: [string, string[]][] = [];
  for (const [letter, subs] of Object.entries(L33T_TABLE)) {
    const relevant = subs.filter((s) => present.has(s));
    if (relevant.length > 0) table.push([letter, relevant]);
  }
  if (table.length === 0) return [];
  let subs: [string, string][][] = [[]];
  for (const [letter, l33tChars] of table) {
    const next: [string, string][][] = [];
    for (const l33tChar of l33tChars) {
      for (const sub of subs) {
        const duplicate = sub.findIndex(([c]) => c === l33tChar);
        if (duplicate === -1) {
          next.push([...sub, [l33tChar, letter]]);
        } else {
          const alternative = sub.slice();
          alternative.splice(duplicate, 1);
          alternative.push([l33tChar, letter]);
          next.push(sub, alternative);
        }
      }
    }
    subs = dedupe(next);
  }
  const seen = new Set<string>();
  const out: L33tSubstitution[] = [];
  for (const sub of subs) {
    const key = sub.map(([c, l]) => c + l).sort().join('');
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(new Map(sub));
  }
  return out;
}

/** zxcvbn's dedup: drops a reading listed twice in the same order. */
function dedupe(subs: [string, string][][]): [string, string][][] {
  const seen = new Set<string>();
  return subs.filter((sub) => {
    const label = sub.map(([c, l], k) => `${c},${l},${k}`).sort().join('-');
    if (seen.has(label)) return false;
    seen.add(label);
    return true;
  });
}
