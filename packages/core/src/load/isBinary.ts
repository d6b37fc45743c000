/**
 * True when the text is evidently not a text file: it holds a NUL, or more than 1 in 10 of its
 * first 8,000 characters are control characters other than tab, line feed and carriage return.
 */
export function isBinary(text: string): boolean {
  const sample = text.length > 8000 ? text.slice(0, 8000) : text;
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return sample.length > 0 && control * 10 > sample.length;
}
