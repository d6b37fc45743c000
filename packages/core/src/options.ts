/**
 * Limits applied to every YAML source before and during parsing. Defaults live here and only
 * here. They guard against resource exhaustion (security reference, item 1).
 */
export interface LoadOptions {
  /** Largest accepted source, in UTF-16 code units of the text (about bytes for ASCII). */
  maxSize: number;
  /** Aliases resolved at most; runbooks and policies need none, so the default is low. */
  maxAliasCount: number;
  /** Deepest nesting of mappings and sequences accepted. */
  maxDepth: number;
  /**
   * Try the fast parser first and compose the positioned document only when a problem needs a
   * position. Off, every file is composed up front (same results, slower).
   */
  fast: boolean;
}

export const DEFAULT_LOAD_OPTIONS: Readonly<LoadOptions> = Object.freeze({
  maxSize: 1024 * 1024,
  maxAliasCount: 16,
  maxDepth: 64,
  fast: true,
});

export function resolveLoadOptions(options: Partial<LoadOptions> = {}): LoadOptions {
  return { ...DEFAULT_LOAD_OPTIONS, ...stripUndefined(options) };
}

function stripUndefined<T extends object>(value: Partial<T>): Partial<T> {
  const out: Partial<T> = {};
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] !== undefined) out[key] = value[key];
  }
  return out;
}
