import { codePointName, findUnsafeCharacters } from '@stepwise/core';

/**
 * Trojan Source on the page (issue 15 item 5; CVE-2021-42574): a bidirectional control or an
 * invisible character in YAML text would reorder or hide what the reader sees, and a copy would
 * carry what was not shown. This rehype plugin, run after rehype-sanitize, replaces each such
 * character in every text node (prose and code blocks alike) by a visible marker, `⟨U+202E⟩`,
 * whose title names the code point; the character itself never reaches the DOM. The validator
 * warns about each (an error in commands and ids, which stops the build).
 */
interface HastNode {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export function rehypeShowInvisibles(markerClass: string) {
  return () =>
    (tree: HastNode): void => {
      const visit = (node: HastNode) => {
        if (!node.children) return;
        node.children = node.children.flatMap((child) => (child.type === 'text' && typeof child.value === 'string' ? splitText(child.value, markerClass) : (visit(child), [child])));
      };
      visit(tree);
    };
}

/** Text -> text nodes and marker elements; the text itself when it holds nothing unsafe. */
export function splitText(text: string, markerClass: string): HastNode[] {
  const found = findUnsafeCharacters(text);
  if (found.length === 0) return [{ type: 'text', value: text }];
  const out: HastNode[] = [];
  let from = 0;
  for (const c of found) {
    if (c.index > from) out.push({ type: 'text', value: text.slice(from, c.index) });
    const name = codePointName(c.codePoint);
    out.push({ type: 'element', tagName: 'span', properties: { className: [markerClass], title: `${name}: ${c.kind === 'bidi' ? 'a bidirectional control' : 'an invisible character'}, shown here instead of applied` }, children: [{ type: 'text', value: `⟨${name}⟩` }] });
    from = c.index + String.fromCodePoint(c.codePoint).length;
  }
  if (from < text.length) out.push({ type: 'text', value: text.slice(from) });
  return out;
}
