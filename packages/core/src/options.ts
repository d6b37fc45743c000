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
   * Try the fast parser first (js-yaml, limited to what the positioned parser reads the same way)
   * and find positions only when a problem needs one. Off, every file is composed up front with
   * the positioned parser (same values, same diagnostics, slower).
   */
  fast: boolean;
  /**
   * Diagnostics reported per file at most; the rest are counted in one "and N more" diagnostic,
   * so a file of 75,000 problems costs no more than a file of 100 (issue 15, item 3).
   */
  maxDiagnostics: number;
}

export const DEFAULT_LOAD_OPTIONS: Readonly<LoadOptions> = Object.freeze({
  maxSize: 1024 * 1024,
  maxAliasCount: 16,
  maxDepth: 64,
  fast: true,
  maxDiagnostics: 100,
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
