import type { Diagnostic } from '@stepwise/core';
import type { ParsedNative } from '../export/types';
import type { Lifecycle, Rules } from '../types';
import type { ImportCode } from './codes';
import { lineRange, nativeDiagnostic } from './nativeDiagnostic';

/** The rules and lifecycle read from native settings, with a diagnostic per setting that has no equivalent. */
export interface MappedPolicy {
  rules: Rules;
  lifecycle: Lifecycle;
  diagnostics: Diagnostic<ImportCode>[];
}

/** Reports a native setting with no policy equivalent, at the line it was read from. */
export function noEquivalent(native: ParsedNative, file: string, name: string, why: string): Diagnostic<ImportCode> {
  return nativeDiagnostic('import-no-equivalent', 'info', `"${name.split('#')[0]}" has no equivalent in a Stepwise policy: ${why}`, file, native.ranges[name] ?? lineRange(1, 1, 1));
}
