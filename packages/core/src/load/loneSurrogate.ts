/**
 * A UTF-16 surrogate with no partner. JavaScript strings may hold one, but it is no Unicode
 * character: YAML 1.2 allows only Unicode characters in a stream (spec 5.1, c-printable) and
 * UTF-8 cannot encode it, so the site build that writes it out fails (issue 15, item 2).
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Offset of the first lone surrogate in `text`, or -1. */
export function loneSurrogateAt(text: string): number {
  const match = LONE_SURROGATE.exec(text);
  return match ? match.index : -1;
}
