import { load } from 'js-yaml';
import type { NodePath } from '../diagnostic';
import { CORE_1_2_SCHEMA } from '../load/coreSchema';

/** Where a node is: [start, end) offsets, and for a collection its children. */
interface Span {
  start: number;
  end: number;
  kind: string | null;
  /** Mapping entries by the JavaScript property of their key (first wins). */
  entries?: Map<string, { key: Span; value?: Span }>;
  /** Sequence items in order. */
  items?: Span[];
}

interface Frame {
  open: number;
  children: { span: Span; property: string | undefined; isKey: boolean }[];
}

interface LoaderState {
  position: number;
  kind: string | null;
  result: unknown;
}

/** As findNode's FoundNode, in offsets: the node at the path or its deepest existing ancestor. */
export interface FastLocation {
  key?: [number, number];
  /** Absent for an empty value (`key:` with nothing after it). */
  node?: [number, number];
  depth: number;
}

/**
 * Positions of a file the fast path read, found by reading it again with js-yaml and a listener
 * that records where each node opens and closes: about 10x cheaper than composing the `yaml`
 * Document, which cost seconds and hundreds of MB for one diagnostic in a 1 MiB file (issue 15,
 * item 3). Only for text fastParse accepted (no explicit keys, tags, anchors, multi-line flow
 * collections); a key is a node closed inside a mapping and followed by ':'. Returns undefined
 * when the events do not have the expected shape, and the caller composes the full document.
 */
export function buildFastLocator(text: string): ((path: NodePath) => FastLocation) | undefined {
  if (!text.endsWith('\n')) return undefined;
  const stack: Frame[] = [];
  let root: Span | undefined;
  let reliable = true;
  try {
    load(text, {
      schema: CORE_1_2_SCHEMA,
      listener(event, loaderState) {
        const s = loaderState as unknown as LoaderState;
        if (event === 'open') {
          stack.push({ open: s.position, children: [] });
          return;
        }
        const frame = stack.pop()!;
        const span = finish(text, frame, s);
        if (!span) reliable = false;
        const parent = stack.at(-1);
        if (!span) return;
        if (!parent) {
          root ??= span;
          return;
        }
        const isKey = followedByColon(text, s.position);
        parent.children.push({ span, property: isKey ? String(s.result) : undefined, isKey });
      },
    });
  } catch {
    return undefined;
  }
  // A scalar document has no path to locate; its range rules are left to the composed document.
  if (!reliable || !root || (root.entries === undefined && root.items === undefined)) return undefined;
  const top = root;
  return (path) => {
    let node: Span | undefined = top;
    let key: Span | undefined;
    let depth = 0;
    for (const segment of path) {
      if (node.entries) {
        const entry = node.entries.get(String(segment));
        if (!entry) break;
        key = entry.key;
        node = entry.value;
      } else if (node.items && typeof segment === 'number' && segment < node.items.length) {
        key = undefined;
        node = node.items[segment]!;
      } else break;
      depth++;
      if (!node) break;
    }
    return { ...(key ? { key: [key.start, key.end] as [number, number] } : {}), ...(node ? { node: [node.start, node.end] as [number, number] } : {}), depth };
  };

  function finish(source: string, frame: Frame, s: LoaderState): Span | undefined {
    let start = skipSeparation(source, frame.open, s.position);
    // An empty node (`key:` or `- ` with nothing after it): `yaml` places it, and stretches the
    // node before it, by rules not copied here; leave such files to the composed document.
    if (start >= s.position) return undefined;
    // js-yaml reads a value that might be a block mapping by composing its first node as a key;
    // when no ':' follows, that inner node is the value itself (loader.js, readBlockMapping).
    const only = frame.children.length === 1 ? frame.children[0]! : undefined;
    if (only && !only.isKey && only.span.start === start) return only.span;
    let end = trimEnd(source, start, s.position);
    const first = source.charCodeAt(start);
    const block = first !== 0x5b /* [ */ && first !== 0x7b; /* { */
    if (s.kind === 'mapping' || s.kind === 'sequence') {
      // Every entry must have been seen as a node: js-yaml pushes an empty sequence item
      // (`- # comment`) without composing one, which would shift every later index.
      const count = s.kind === 'sequence' ? (s.result as unknown[]).length * 1 : Object.keys(s.result as object).length * 2;
      const seen = s.kind === 'sequence' ? frame.children.length : frame.children.filter((c) => c.isKey).length * 2;
      if (count !== seen) return undefined;
      // A block collection ends where its last entry ends, with a comment on that same line and
      // the line break that ends it (not the comment lines after), as `yaml`'s node ranges do.
      const last = frame.children.at(-1)?.span;
      if (block && last) {
        end = last.end;
        if (source.charCodeAt(end - 1) !== 0x0a) {
          let i = end;
          while (source.charCodeAt(i) === 0x20) i++;
          if (source.charCodeAt(i) === 0x23 /* # */) end = source.indexOf('\n', i) === -1 ? source.length : source.indexOf('\n', i);
        }
      }
    }
    const blockScalar = s.kind === 'scalar' && (first === 0x7c /* | */ || first === 0x3e); /* > */
    if (blockScalar) {
      // Keep chomping (`|+`) and blank lines after the content are counted in `yaml`'s range by
      // rules not copied here: leave those files to the composed document.
      const headerEnd = source.indexOf('\n', start);
      if (headerEnd === -1 || end <= headerEnd || source.slice(start, headerEnd).includes('+') || /^[ ]+(?:\n|$)/.test(source.slice(end + 1, end + 200))) return undefined;
    }
    if (block && (s.kind !== 'scalar' || blockScalar) && source.charCodeAt(end) === 0x0a && source.charCodeAt(end - 1) !== 0x0a) end++;
    const span: Span = { start, end, kind: s.kind };
    if (s.kind === 'mapping') {
      span.entries = new Map();
      let pending: { key: Span; value?: Span } | undefined;
      for (const child of frame.children) {
        if (child.isKey) {
          // A key with no value node before the next key: an empty value, see above.
          if (pending && !pending.value) return undefined;
          pending = { key: child.span };
          if (!span.entries.has(child.property!)) span.entries.set(child.property!, pending);
        } else if (pending && !pending.value) pending.value = child.span;
        else return undefined;
      }
      if (pending && !pending.value) return undefined;
    } else if (s.kind === 'sequence') {
      if (frame.children.some((c) => c.isKey)) return undefined;
      span.items = frame.children.map((c) => c.span);
    }
    return span;
  }
}

function followedByColon(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 0x20) i++;
  return text.charCodeAt(i) === 0x3a;
}

/** Skips spaces, line breaks and comments between `from` and `end`. */
function skipSeparation(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x0d) i++;
    else if (c === 0x23 /* # */) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? end : newline + 1;
    } else break;
  }
  return i;
}

/** Backs over trailing spaces and line breaks. */
function trimEnd(text: string, start: number, end: number): number {
  let i = end;
  while (i > start) {
    const c = text.charCodeAt(i - 1);
    if (c === 0x20 || c === 0x0a || c === 0x0d) i--;
    else break;
  }
  return i;
}
