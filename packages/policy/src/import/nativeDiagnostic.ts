import type { Diagnostic, Range, Severity } from '@stepwise/core';
import type { ImportCode } from './codes';

/** A diagnostic of import or drift at a range of the native file. */
export function nativeDiagnostic(code: ImportCode, severity: Severity, message: string, file: string, range: Range, hint?: string): Diagnostic<ImportCode> {
  return { code, severity, message, file, range, path: [], ...(hint ? { hint } : {}) };
}

/** The range of `length` characters at a 1-based line and column. */
export function lineRange(line: number, column: number, length: number): Range {
  return { start: { line, column }, end: { line, column: column + Math.max(length, 1) } };
}
