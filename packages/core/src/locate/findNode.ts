import { isMap, isPair, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { NodePath } from '../diagnostic';

export interface FoundNode {
  /** The node at the path, or the deepest ancestor that exists. */
  node: Node | null;
  /** The key node of the last mapping entry on the way, when the path ends at a mapping value. */
  key: Node | null;
  /** How many path segments were resolved. */
  depth: number;
}

/**
 * Walks the document along `path`. Keys compare as strings, so `1:` in YAML matches segment "1".
 * Stops at the deepest node that exists, so a diagnostic about a missing child still points at
 * its parent.
 */
export function findNode(doc: Document, path: NodePath): FoundNode {
  let node = doc.contents as Node | null;
  let key: Node | null = null;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => keyText(p.key) === String(segment));
      if (!pair) break;
      key = (pair.key as Node | null) ?? null;
      node = (pair.value as Node | null) ?? null;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) break;
      key = null;
      node = isPair(item) ? ((item.value as Node | null) ?? null) : (item as Node | null);
    } else {
      break;
    }
    depth++;
    if (node === null) break;
  }
  return { node, key, depth };
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  if (key === null || key === undefined) return undefined;
  return String(key);
}
