/**
 * Raw HTML in YAML text is shown as literal text, never parsed or run (security reference item 9):
 * every mdast `html` node becomes a `text` node with the same characters. A reader sees what the
 * author wrote; rehype-sanitize remains the second line of defence.
 */
interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
}

export function remarkHtmlAsText() {
  return (tree: MdNode): void => {
    const visit = (node: MdNode) => {
      if (node.type === 'html') node.type = 'text';
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
