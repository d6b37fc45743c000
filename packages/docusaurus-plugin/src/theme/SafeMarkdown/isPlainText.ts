/**
 * Characters that can start or take part in Markdown syntax (CommonMark and the GFM extensions
 * remark-gfm adds): escapes, code, emphasis, links and images, raw HTML, entities, headings,
 * tables, strikethrough, email autolinks; and control characters, which the parser rewrites
 * (U+0000) or treats as line structure.
 */
const SYNTAX = /[\\`*_[\]<>&!#|~@\u0000-\u001f\u007f]/;
/** Line-start constructs whose marker is an ordinary character: list items and thematic breaks. */
const LINE_START = /^(?:[-+=]|\d+[.)])/;
/** GFM literal autolinks that need no `@` or `<`: `www.` and URLs with a scheme. */
const LITERAL_URL = /www\.|:\/\//i;

/**
 * Whether `text` is one line of prose that react-markdown would render as a single paragraph
 * holding exactly these characters. Such text needs no Markdown parse: a runbook page renders
 * about 90 Markdown strings, half of them one-line checks and help texts, and parsing those was
 * half the page's render time. The rule is conservative (a false "no" only costs a parse) and
 * test/site/safe-markdown.test.ts checks it against react-markdown itself, on the shipped
 * content and on generated strings full of Markdown syntax.
 */
export function isPlainText(text: string): boolean {
  return (
    text.length > 0 &&
    // Leading and trailing spaces are trimmed by the parser (four leading spaces make code).
    !/^\s|\s$/.test(text) &&
    !SYNTAX.test(text) &&
    !LINE_START.test(text) &&
    !LITERAL_URL.test(text)
  );
}
