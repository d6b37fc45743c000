/**
 * Microsoft Entra Password Protection's first step: lowercase, then undo common look-alike
 * substitutions (0->o, 1->l, $->s, @->a and similar). One character in, one out, so positions
 * are kept.
 */
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  '0': 'o', '1': 'l', '|': 'l', '$': 's', '5': 's', '@': 'a', '4': 'a', '3': 'e', '€': 'e', '7': 't', '+': 't', '!': 'i', '8': 'b', '9': 'g',
};

export function entraNormalize(text: string): string {
  let out = '';
  for (const char of text.toLowerCase()) out += LOOK_ALIKES[char] ?? char;
  return out;
}
