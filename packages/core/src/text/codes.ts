/** Codes of characters in a source's text that do not show what they do (Trojan Source). */
export type TextCode =
  | 'text-bidi-control'
  | 'text-invisible-character';
