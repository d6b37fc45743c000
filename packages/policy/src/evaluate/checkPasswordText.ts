import type { RuleResult } from './result';

/**
 * A password must be text that can be stored and compared as typed: no NUL (U+0000, which C
 * interfaces and many stores cut the string at) and no lone UTF-16 surrogate (which has no UTF-8
 * form, so encoding would silently replace it with U+FFFD and two different passwords would hash
 * alike). Such input gets a clear rule result instead of a silent replacement.
 */
export function checkPasswordText(password: string): RuleResult | undefined {
  let nul = 0;
  let lone = 0;
  for (let i = 0; i < password.length; i++) {
    const c = password.charCodeAt(i);
    if (c === 0) nul++;
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = i + 1 < password.length ? password.charCodeAt(i + 1) : 0;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
      else lone++;
    } else if (c >= 0xdc00 && c <= 0xdfff) lone++;
  }
  if (nul === 0 && lone === 0) return undefined;
  const parts = [nul > 0 ? `${nul} NUL character${nul === 1 ? '' : 's'} (U+0000)` : '', lone > 0 ? `${lone} unpaired UTF-16 surrogate${lone === 1 ? '' : 's'}` : ''].filter(Boolean);
  return {
    rule: 'password',
    ok: false,
    severity: 'error',
    message: `Not a valid password: it contains ${parts.join(' and ')}, which cannot be stored as typed.`,
    clauses: [],
    hint: 'Remove the invisible or broken characters (often from a bad copy and paste) and type the password again.',
    measured: { nul, loneSurrogates: lone },
  };
}
