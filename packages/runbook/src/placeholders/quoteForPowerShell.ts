import type { PlaceholderUse } from './findPlaceholders';

const CONTROL = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;
const SINGLE = /['\u2018\u2019\u201A\u201B]/g;
const DOUBLE_SPECIAL = /[`$"\u201C\u201D\u201E]/g;
/** A bare word PowerShell reads as one literal argument: no spaces, operators, or leading hyphen. */
const SAFE_BARE = /^[A-Za-z0-9][A-Za-z0-9@._-]*$/;

/**
 * A value written into code at a placeholder with the given quoting, or undefined when it cannot
 * be written safely (PowerShell about_Quoting_Rules):
 * - in '…' every single-quote character, the typographic ones included, is doubled;
 * - in "…" the backtick, `$` and double-quote characters are escaped with a backtick;
 * - in a '…' literal inside "…" (an OData filter) a ' is also doubled, OData's own escape;
 * - bare, only a plain word is accepted; control characters and line breaks never are.
 * Other languages (shell, cmd, registry) take plain words only.
 */
export function quoteForPowerShell(value: string, quoting: PlaceholderUse['quoting'], language = 'powershell'): string | undefined {
  if (CONTROL.test(value) || value === '') return undefined;
  if (language !== 'powershell' || quoting === 'bare') return SAFE_BARE.test(value) ? value : undefined;
  if (quoting === 'single') return value.replace(SINGLE, (q) => q + q);
  const escaped = value.replace(DOUBLE_SPECIAL, (c) => '`' + c);
  return quoting === 'double-single' ? escaped.replace(/'/g, "''") : escaped;
}
