/** A position in a source file. Both numbers are 1-based, as editors show them. */
export interface Position {
  line: number;
  column: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

/** Path from the document root to the offending node, as keys and sequence indexes. */
export type NodePath = ReadonlyArray<string | number>;

/**
 * A problem found in a source file. Problems are values, never throws: loaders collect all of
 * them and return them alongside whatever model could still be built.
 *
 * `code` is machine-readable and stable; each package declares its own union of codes
 * (`LoadCode`, `SchemaCode`, `RunbookCode`, `PolicyCode`, ...).
 */
export interface Diagnostic<Code extends string = string> {
  code: Code;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  path: NodePath;
  hint?: string;
}

export const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

export function atLeast(diagnostics: readonly Diagnostic[], severity: Severity): Diagnostic[] {
  return diagnostics.filter((d) => SEVERITY_RANK[d.severity] >= SEVERITY_RANK[severity]);
}

/** Stable order: file, then position, then code. */
export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  if (a.range.start.line !== b.range.start.line) return a.range.start.line - b.range.start.line;
  if (a.range.start.column !== b.range.start.column) return a.range.start.column - b.range.start.column;
  return a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

export const FILE_START: Range = { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
