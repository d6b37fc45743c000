import { isMap, isPair, isSeq, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import type { NodePath } from '../diagnostic';
import { jsProperty } from './jsProperty';

export interface FoundNode {
  /** The node at the path, or the deepest ancestor that exists. */
  node: Node | null;
  /** The key node of the last mapping entry on the way, when the path ends at a mapping value. */
  key: Node | null;
  /** How many path segments were resolved. */
  depth: number;
}

/**
 * Each mapping's entries by the JavaScript property their key produces, built on the first
 * lookup in that mapping. A linear scan per lookup made 75,000 diagnostics in one mapping cost
 * 75,000 x 75,000 key comparisons (issue 15, item 3). The first entry wins, as the first is where
 * a duplicate key is reported.
 */
const indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

function entryOf(doc: Document, map: YAMLMap, segment: string): Pair | undefined {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.items as Pair[]) {
      const property = jsProperty(doc, pair.key as Node | null);
      if (property !== undefined && !index.has(property)) index.set(property, pair);
    }
    indexes.set(map, index);
  }
  return index.get(segment);
}

/**
 * Walks the document along `path`. Keys compare as the JavaScript property they produce, so `1:`
 * in YAML matches segment "1". Stops at the deepest node that exists, so a diagnostic about a
 * missing child still points at its parent.
 */
export function findNode(doc: Document, path: NodePath): FoundNode {
  let node = doc.contents as Node | null;
  let key: Node | null = null;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = entryOf(doc, node, String(segment));
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
