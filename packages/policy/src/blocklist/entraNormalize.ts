/**
 * Microsoft Entra Password Protection's first step, as documented ("Eliminate bad passwords using
 * Microsoft Entra Password Protection", learn.microsoft.com, "Step 1: Normalization"): upper case
 * is changed to lower case, then the documented substitutions 0->o, 1->l, $->s, @->a. Nothing
 * else: undocumented substitutions (4->a, 8->b, ...) would over-block (`8l4nk8l4nk` scores 10 by
 * the documented algorithm, not 2). One character in, one out, so positions are kept.
 */
const DOCUMENTED_SUBSTITUTIONS: Readonly<Record<string, string>> = { '0': 'o', '1': 'l', '$': 's', '@': 'a' };

export function entraNormalize(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += DOCUMENTED_SUBSTITUTIONS[char] ?? char;
  return out;
}
