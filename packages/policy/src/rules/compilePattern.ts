import { RE2JS } from 're2js';

export type CompiledPattern = { ok: true; regex: RE2JS } | { ok: false; message: string };

const cache = new Map<string, CompiledPattern>();
const CACHE_LIMIT = 500;

/**
 * Compiles an author's regular expression with RE2 semantics (re2js): matching takes linear
 * time, so `^(a|a)*$` cannot backtrack (security reference item 4). Backreferences and
 * lookaround, which need backtracking, are refused with a message saying so.
 */
export function compilePattern(pattern: string, caseInsensitive = false): CompiledPattern {
  const key = `${caseInsensitive ? 'i' : '-'}${pattern}`;
  const cached = cache.get(key);
  if (cached) return cached;
  let compiled: CompiledPattern;
  const unsupported = unsupportedSyntax(pattern);
  if (unsupported) compiled = { ok: false, message: unsupported };
  else {
    try {
      compiled = { ok: true, regex: RE2JS.compile(pattern, caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0) };
    } catch (error) {
      const detail = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
      compiled = { ok: false, message: `The pattern is not a valid RE2 regular expression: ${detail}.` };
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  return compiled;
}

/** Names the backtracking features RE2 lacks, so the author learns why, not just "invalid escape". */
function unsupportedSyntax(pattern: string): string | undefined {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      const next = pattern[i + 1] ?? '';
      if (/[1-9]/.test(next) || next === 'k') return 'Backreferences (\\1, \\k<name>) are not supported: patterns run in linear time (RE2), which rules out backreferences. Rewrite the pattern without them.';
      i++;
    } else if (c === '(' && pattern[i + 1] === '?' && /^(=|!|<=|<!)/.test(pattern.slice(i + 2, i + 4))) {
      return 'Lookahead and lookbehind ((?=, (?!, (?<=, (?<!) are not supported: patterns run in linear time (RE2), which rules them out. Rewrite the pattern without them, or split it into several patterns with mode reject/require.';
    }
  }
  return undefined;
}
