/** Where a `<name>` placeholder sits in a command, and the quoting around it. */
export interface PlaceholderUse {
  name: string;
  /** Offset of the `<` in the code. */
  offset: number;
  /** Length of `<name>`. */
  length: number;
  /**
   * The PowerShell quoting at that point: inside a single-quoted string, inside a double-quoted
   * (expandable) string, inside a '…' literal nested in a double-quoted string (an OData filter such
   * as "userPrincipalName eq '<upn>'"), or bare. Other languages report `bare`.
   */
  quoting: 'single' | 'double' | 'double-single' | 'bare';
  /** In a PowerShell `#` comment: shown, filled only with a plain word, never run. */
  comment: boolean;
}

/** `<name>`: a letter, then letters, digits, dot, underscore or hyphen. `<policy name>` is not one. */
const NAME = /^<([A-Za-z][A-Za-z0-9._-]*)>/;

// PowerShell treats the typographic quotes as quotes too (about_Quoting_Rules).
const SINGLE = new Set(["'", '\u2018', '\u2019', '\u201A', '\u201B']);
const DOUBLE = new Set(['"', '\u201C', '\u201D', '\u201E']);

/**
 * The placeholders of a command, each with the quoting it appears in. A small PowerShell quote
 * scanner after about_Quoting_Rules: '' inside a single-quoted string is a quote, a backtick escapes
 * in double-quoted strings and outside strings, and # starts a comment outside strings (placeholders
 * in comments are still reported, as bare).
 */
export function findPlaceholders(code: string, language = 'powershell'): PlaceholderUse[] {
  const out: PlaceholderUse[] = [];
  const powershell = language === 'powershell';
  let state: 'bare' | 'single' | 'double' | 'double-single' | 'comment' = 'bare';
  for (let i = 0; i < code.length; i++) {
    const ch = code[i]!;
    if (ch === '<') {
      const match = NAME.exec(code.slice(i, i + 70));
      if (match) {
        out.push({ name: match[1]!, offset: i, length: match[0].length, quoting: state === 'comment' ? 'bare' : state, comment: state === 'comment' });
        i += match[0].length - 1;
        continue;
      }
    }
    if (!powershell) continue;
    switch (state) {
      case 'bare':
        if (ch === '`') i++;
        else if (ch === '#') state = 'comment';
        else if (SINGLE.has(ch)) state = 'single';
        else if (DOUBLE.has(ch)) state = 'double';
        break;
      case 'comment':
        if (ch === '\n') state = 'bare';
        break;
      case 'single':
        if (SINGLE.has(ch)) {
          if (SINGLE.has(code[i + 1] ?? '')) i++;
          else state = 'bare';
        }
        break;
      case 'double':
      case 'double-single':
        if (ch === '`') i++;
        else if (DOUBLE.has(ch)) {
          if (DOUBLE.has(code[i + 1] ?? '')) i++;
          else state = 'bare';
        } else if (ch === "'") state = state === 'double' ? 'double-single' : 'double';
        break;
    }
  }
  return out;
}
