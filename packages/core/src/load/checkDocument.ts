import { isAlias, isCollection, isMap, isPair, isScalar, Scalar, type Document, type Node } from 'yaml';
import type { LineIndex } from '../locate/lineIndex';
import { FILE_START, type Diagnostic } from '../diagnostic';
import type { LoadOptions } from '../options';
import { offsetRange } from '../locate/offsetRange';
import { jsProperty } from '../locate/jsProperty';
import type { LoadCode } from './codes';
import { LONE_SURROGATE } from './loneSurrogate';

/**
 * Checks a composed document before it is turned into plain values, iteratively (no recursion,
 * so 5,000-deep nesting cannot overflow the stack), and in one pass:
 * - depth and alias limits;
 * - keys: each must be a string, number or boolean (a null or collection key has no agreed
 *   JavaScript property: js-yaml writes "null" and "[object Object]", `yaml` "" and "[ a ]"), and
 *   no two keys of a mapping may produce the same JavaScript property, so `1:` and `"1":`, or
 *   `privileged:` and an alias of it, are duplicates, not a silent overwrite (issue 15, item 2);
 * - double-quoted scalars whose escapes produce a lone surrogate (`"\uD800"`).
 * Each mapping keeps a Set of its properties, so the check is linear in the keys (the `yaml`
 * library's own `uniqueKeys` compares every pair with every earlier one).
 */
export function checkDocument(doc: Document, text: string, file: string, lineCounter: LineIndex, limits: LoadOptions): Diagnostic<LoadCode>[] {
  const out: Diagnostic<LoadCode>[] = [];
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 1 }];
  let aliases = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (isAlias(node)) {
      aliases++;
      if (aliases > limits.maxAliasCount) {
        return [at('yaml-alias-limit', `More than ${limits.maxAliasCount} aliases; the file looks like an alias bomb.`, node, 'Write the values out instead of using anchors and aliases.')];
      }
      continue;
    }
    if (isScalar(node)) {
      if (node.type === Scalar.QUOTE_DOUBLE && typeof node.value === 'string' && LONE_SURROGATE.test(node.value)) {
        out.push(at('yaml-lone-surrogate', 'This escape produces a lone UTF-16 surrogate, which is not a Unicode character.', node, 'Escape the whole character, e.g. "\\U0001F600", or write it out.', surrogateEscape(text, node)));
      }
      continue;
    }
    if (!isCollection(node)) continue;
    if (depth > limits.maxDepth) {
      return [at('yaml-too-deep', `Nesting is deeper than ${limits.maxDepth} levels.`, node, 'Flatten the structure.')];
    }
    const seen = isMap(node) ? new Map<string, Node>() : undefined;
    for (const item of node.items) {
      if (!isPair(item)) {
        stack.push({ node: item, depth: depth + 1 });
        continue;
      }
      if (seen) {
        const key = item.key as Node | null;
        const property = jsProperty(doc, key);
        if (property === undefined) {
          out.push(at('yaml-key-type', `A key must be a string or a number, not ${keyKind(doc, key)}.`, key ?? node, 'Write the key as plain text.'));
        } else {
          const first = seen.get(property);
          if (first) {
            const line = first.range ? lineCounter.linePos(first.range[0]).line : undefined;
            out.push(at('yaml-duplicate-key', `Duplicate key "${property}"${line ? ` (first given on line ${line})` : ''}.`, key ?? node, 'Remove one of the two entries; keys that read as the same text are the same key.'));
          } else seen.set(property, key ?? node);
        }
        if (isAlias(key)) stack.push({ node: key, depth: depth + 1 });
      }
      stack.push({ node: item.value, depth: depth + 1 });
    }
  }
  return out;

  function at(code: LoadCode, message: string, node: Node, hint: string, span?: [number, number]): Diagnostic<LoadCode> {
    const [start, end] = span ?? node.range ?? [undefined, undefined];
    const range = start === undefined ? FILE_START : offsetRange(lineCounter, start, end ?? start);
    return { code, severity: 'error', message, file, range, path: [], hint };
  }
}

const SURROGATE_ESCAPE = /\\(?:u[dD][89a-fA-F][0-9a-fA-F]{2}|U0000[dD][89a-fA-F][0-9a-fA-F]{2})/g;

/** The first surrogate escape in a double-quoted scalar's source, as [start, end) offsets. */
function surrogateEscape(text: string, node: Scalar): [number, number] | undefined {
  if (!node.range) return undefined;
  SURROGATE_ESCAPE.lastIndex = node.range[0];
  const match = SURROGATE_ESCAPE.exec(text);
  return match && match.index < node.range[1] ? [match.index, match.index + match[0].length] : undefined;
}

function keyKind(doc: Document, key: Node | null): string {
  const node = isAlias(key) ? key.resolve(doc) : key;
  if (isMap(node)) return 'a mapping';
  if (isCollection(node)) return 'a sequence';
  return 'null (an empty key, ~ or null)';
}
