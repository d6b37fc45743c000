import { isAlias, isScalar, type Document, type Node } from 'yaml';

/**
 * The JavaScript property a mapping key becomes, as the `yaml` library's `toJS` writes it
 * (`src/nodes/addPairToJSMap.ts`, `stringifyKey`: `String(value)` of a scalar key), with an alias
 * read through to its anchor. Undefined for keys with no agreed property: null and collections.
 */
export function jsProperty(doc: Document, key: Node | null | undefined): string | undefined {
  const node = isAlias(key) ? key.resolve(doc) : key;
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}
