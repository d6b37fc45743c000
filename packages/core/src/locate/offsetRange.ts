import type { Range } from '../diagnostic';
import type { LineIndex } from './lineIndex';

/** Converts a [start, end) pair of character offsets into a 1-based line/column range. */
export function offsetRange(lines: LineIndex, start: number, end: number): Range {
  const a = lines.linePos(start);
  const b = lines.linePos(Math.max(start, end));
  return { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } };
}
