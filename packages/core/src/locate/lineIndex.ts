/**
 * Line starts of a text, found on the first lookup and then searched by bisection, so a
 * position costs O(log lines) and a file without problems costs nothing. Computed from the text
 * itself rather than from the `yaml` library's LineCounter, which only records the line breaks its
 * lexer passes and so put a problem inside a malformed multi-line token on the wrong line. Line
 * breaks are LF here (parseYaml turns a lone CR into LF; a CRLF's CR ends the line's content).
 */
export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  /** 1-based line and column of an offset, as the LineCounter's `linePos` returns them. */
  linePos(offset: number): { line: number; col: number } {
    const starts = (this.starts ??= lineStarts(this.text));
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid]! <= at) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: at - starts[low]! + 1 };
  }
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
