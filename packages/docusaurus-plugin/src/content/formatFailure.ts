import { FORMATTERS, atLeast, type Diagnostic } from '@stepwise/core';

/**
 * The build's failure message: every error and warning in the same `stylish` format as
 * `stepwise validate` (file:line:col, code, message, caret), so the site and the CLI read alike.
 */
export function formatFailure(diagnostics: readonly Diagnostic[], sources: ReadonlyMap<string, string>, filesChecked: number, color: boolean): string {
  const shown = atLeast(diagnostics, 'warning');
  return FORMATTERS.stylish(shown, { sources, filesChecked, color });
}
