import type { LineCounter } from 'yaml';
import type { Range } from '../diagnostic';

/** Converts a [start, end) pair of character offsets into a 1-based line/column range. */
export function offsetRange(lineCounter: LineCounter, start: number, end: number): Range {
  const a = lineCounter.linePos(start);
  const b = lineCounter.linePos(Math.max(start, end));
  return { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } };
}
