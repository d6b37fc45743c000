import { LOOK_ALIKES, lookAlikeReadings } from './lookAlikes';

const LETTER = /\p{L}/u;
const WHITESPACE = /\s+/gu;
const MAX_DECORATED = 256;

/** Lowercased, NFC, without whitespace: the form every `normalized`-mode comparison starts from. */
export function compactForm(password: string): string {
  return password.normalize('NFC').toLowerCase().replace(WHITESPACE, '');
}

/**
 * The base words a decorated password may hide, for the `normalized` blocklist mode: what is left
 * after the decorations wordlist-plus-rules attacks apply (hashcat's best64, Lithnet's
 * normalization rules: lowercase, strip leading and trailing digits and symbols, undo look-alike
 * characters) are taken off, and a repeated word or block is collapsed:
 * `P4ssw0rd!2025` -> `password`, `Summer2025Summer2025` -> `summer`, `PasswordPassword1` ->
 * `password`, `C0nt0s02025!!!!!` -> `contoso`. Years, dates and counters are digits and
 * separators, so stripping digits and symbols at the ends takes them off too. Every candidate is
 * returned (a handful), each to be looked up whole; none is a substring guess.
 */
export function decoratedBases(password: string): string[] {
  const compact = compactForm(password);
  // Listed passwords are short; past this length a password is no decorated list entry, and
  // the block search below stays cheap on 100,000-character input.
  if (compact.length > MAX_DECORATED) return [compact];
  const out = new Set<string>();
  const add = (value: string) => {
    if (value.length > 0) out.add(value);
  };
  // The whole password as written (lowercased), so this mode refuses everything `exact` does.
  add(password.normalize('NFC').toLowerCase());
  // Two readings of the ends: as written, and with look-alikes next to a letter read as
  // letters first, so the trailing 0 of `C0nt0s0` is an o, not part of a "02025" counter.
  for (const start of new Set([compact, readLookAlikesNextToLetters(compact)])) {
    add(collapseRepeats(start));
    for (const core of new Set([strip(collapseRepeats(start)), strip(collapseRepeats(strip(start)))])) {
      add(core);
      for (const reading of lookAlikeReadings(core)) {
        add(reading);
        add(strip(collapseRepeats(strip(reading))));
      }
    }
  }
  return [...out];
}

/** Leading and trailing characters that are not letters (digits, symbols, years, dates) removed. */
export function strip(text: string): string {
  const chars = [...text];
  let from = 0;
  let to = chars.length;
  while (from < to && !LETTER.test(chars[from]!)) from++;
  while (to > from && !LETTER.test(chars[to - 1]!)) to--;
  return chars.slice(from, to).join('');
}

/**
 * A block repeated from the start collapsed to one copy: `passwordpassword` -> `password`,
 * `abcd1234abcd` -> `abcd1234` (the tail is a prefix of the block), `summer2025summer2025!` ->
 * `summer2025!` (a non-letter tail is kept for `strip`), `winter2025winter!` -> `winter2025!`
 * (a second copy cut short, of 4+ characters and at least half the block). Unchanged when
 * nothing repeats.
 */
export function collapseRepeats(text: string): string {
  const n = text.length;
  for (let p = 1; p < n; p++) {
    const block = text.slice(0, p);
    let end = p;
    while (text.startsWith(block, end)) end += p;
    const rest = text.slice(end);
    const tail = trailingNonLetters(rest);
    const partial = rest.slice(0, rest.length - tail.length);
    if (end > p) {
      if (block.startsWith(rest)) return block;
      if (block.startsWith(partial)) return block + tail;
    } else if (partial.length >= 4 && partial.length * 2 >= p && block.startsWith(partial)) return block + tail;
  }
  return text;
}

function trailingNonLetters(text: string): string {
  const chars = [...text];
  let k = chars.length;
  while (k > 0 && !LETTER.test(chars[k - 1]!)) k--;
  return chars.slice(k).join('');
}

/** Exactly `block` repeated 2 or more times, or undefined. */
export function repeatedBlock(text: string): string | undefined {
  const n = text.length;
  for (let p = 1; p * 2 <= n; p++) {
    if (n % p !== 0) continue;
    const block = text.slice(0, p);
    if (block.repeat(n / p) === text) return block;
  }
  return undefined;
}

function readLookAlikesNextToLetters(text: string): string {
  const chars = [...text];
  return chars
    .map((c, k) => {
      const letters = LOOK_ALIKES.get(c);
      if (!letters) return c;
      const before = k > 0 && LETTER.test(chars[k - 1]!);
      const after = k + 1 < chars.length && LETTER.test(chars[k + 1]!);
      return before || after ? letters[0]! : c;
    })
    .join('');
}
