import { load } from 'js-yaml';
import { DEFAULT_LOAD_OPTIONS } from '../options';
import { CORE_1_2_SCHEMA } from './coreSchema';

export const NOT_FAST = Symbol('not-fast');

/** The part of js-yaml's loader state the listener reads (js-yaml `lib/loader.js`, `State`). */
interface LoaderState {
  input: string;
  position: number;
  kind: string | null;
  tag: string | null;
  anchorMap?: Record<string, unknown>;
}

/**
 * Constructs the fast path leaves to the positioned parser, found by a scan of the whole text.
 * Each is rare in runbooks and policies and is a place where js-yaml accepts what the YAML 1.2
 * spec (and the `yaml` library) rejects, or reads it differently (issue 15, item 2, and the
 * cases of yaml/yaml-test-suite named below):
 * - a tab anywhere (tab indentation and tab continuations: DK95, Y79Y);
 * - a directive line, `%YAML` or `%TAG` (only one parser may interpret them: SF5V);
 * - a document marker with content after it, or a document end (`--- key: v`, `---word`: 9KBC, 82AN);
 * - a comment glued to a quote or flow indicator (`"x"#c`, `[a]#c`, `a,#c`: SU5Z, 9JBA, CVW2);
 * - an explicit key `? ` (keys that are collections or empty: 6PBE, KK5P, M5DY);
 * - a carriage return (CRLF files; lone CRs are already line feeds here, see parseYaml).
 */
const UNUSUAL_TEXT = /\t|\r|^%|^---[^\n]|^\.\.\.|["'\]},]#|(?:^|[\s[{,])\?(?:\s|$)/m;

/**
 * The fast path for the common case, a well-formed file: js-yaml with the YAML 1.2 core schema
 * (coreSchema.ts, the same scalars as `yaml`'s `core`) builds the value about 10x faster than
 * composing a full `yaml` Document. It may only accept what the positioned parser accepts, with
 * the same value (issue 15, item 2; proven by test/core/yaml-test-suite.test.ts over the official
 * suite and by generated documents). So anything unusual returns NOT_FAST and the caller takes the
 * full path, which reports problems with positions: an error, an explicit tag, anchors or aliases
 * (alias bombs), several documents, an empty document, the constructs in UNUSUAL_TEXT, and the
 * node shapes `unusualNode` names.
 *
 * Anchors are detected from the loader's own anchor table, not by scanning the text: a scan
 * cannot tell `*alias` from Markdown emphasis (`**bold**`) inside a block scalar, and sent every
 * runbook with bold text down the slow path. An alias needs an anchor (js-yaml rejects an
 * unknown one), so a file that defines no anchor holds no alias; js-yaml resolves aliases to
 * shared references, so even an alias bomb costs it linear time before it is turned away here.
 */
export function fastParse(text: string, maxDepth: number = DEFAULT_LOAD_OPTIONS.maxDepth): unknown {
  if (UNUSUAL_TEXT.test(text)) return NOT_FAST;
  let state: LoaderState | undefined;
  let unusual = false;
  const opens: number[] = [];
  try {
    const value = load(text, {
      schema: CORE_1_2_SCHEMA,
      json: false,
      listener(event, loaderState) {
        const s = loaderState as unknown as LoaderState;
        state ??= s;
        if (event === 'open') {
          opens.push(s.position);
          return;
        }
        const start = opens.pop()!;
        if (!unusual && unusualNode(text, start, s)) unusual = true;
      },
    });
    if (unusual) return NOT_FAST;
    if (state?.anchorMap && Object.keys(state.anchorMap).length > 0) return NOT_FAST;
    return value === undefined || value === null || !plainShape(value, maxDepth) ? NOT_FAST : value;
  } catch {
    return NOT_FAST;
  }
}

/**
 * Node shapes where js-yaml is more lenient than the spec or builds another value, checked on
 * each node as js-yaml closes it (`start` is where it opened, before any separating space):
 * - the non-specific tag `!`;
 * - a quoted scalar over several lines (continuations at column 0 are invalid: QB6E, DK95);
 * - a double-quoted scalar with a `\x`, `\u` or `\U` escape (out-of-range code points and lone
 *   surrogates are errors the positioned parser reports at their position);
 * - a block scalar with an indentation indicator or a blank first line (S98Z);
 * - a flow collection over several lines (indentation rules: 9C9N), or used as a key (`[a]: b`,
 *   which js-yaml turns into "a" and `yaml` into "[ a ]": LX3P, SBG9, Q9WF).
 */
function unusualNode(text: string, start: number, state: LoaderState): boolean {
  if (state.tag === '!') return true;
  const end = state.position;
  const at = skipSeparation(text, start, end);
  const c = text.charCodeAt(at);
  if (state.kind === 'scalar') {
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
      // Scanned within the node only: an indexOf to the end of the text for every quoted scalar
      // made a file without backslashes quadratic.
      for (let i = at + 1; i < end; i++) {
        const ch = text.charCodeAt(i);
        if (ch === 0x0a) return true;
        if (ch === 0x5c /* \ */ && c === 0x22) {
          const e = text.charCodeAt(i + 1);
          if (e === 0x78 /* x */ || e === 0x75 /* u */ || e === 0x55 /* U */) return true;
          i++;
        }
      }
      return false;
    }
    if (c === 0x7c /* | */ || c === 0x3e /* > */) return unusualBlockScalar(text, at, end);
    return false;
  }
  if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
    for (let i = at + 1; i < end; i++) if (text.charCodeAt(i) === 0x0a) return true;
    let next = end;
    while (text.charCodeAt(next) === 0x20) next++;
    return text.charCodeAt(next) === 0x3a; /* : */
  }
  return false;
}

function unusualBlockScalar(text: string, at: number, end: number): boolean {
  const headerEnd = text.indexOf('\n', at);
  if (headerEnd === -1 || headerEnd >= end) return false;
  // An explicit indentation indicator (`|2`, `>-1`): a rule both parsers must apply alike.
  for (let i = at + 1; i < headerEnd && text[i] !== ' ' && text[i] !== '#'; i++) if (text[i]! >= '0' && text[i]! <= '9') return true;
  // A first line holding only spaces: leading blank lines more indented than the content are an
  // error in YAML 1.2 (spec 8.1.1.1) that js-yaml does not report.
  let i = headerEnd + 1;
  while (text.charCodeAt(i) === 0x20) i++;
  return i > headerEnd + 1 && (text.charCodeAt(i) === 0x0a || i >= text.length);
}

/** Skips spaces, line breaks and comments between `from` and `end`. */
function skipSeparation(text: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x0a) i++;
    else if (c === 0x23 /* # */) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? end : newline + 1;
    } else break;
  }
  return i;
}

/**
 * False when the value nests deeper than `maxDepth` (the positioned parser then reports where),
 * or when a mapping key reads "null": js-yaml turns a null key (`~:`, `: v`, `{ : v }`) into the
 * property "null" and `yaml` into "", and the positioned parser refuses null keys. Iterative, one
 * pass, no recursion.
 */
function plainShape(value: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (depth > maxDepth) return false;
    if (Array.isArray(item)) {
      for (const child of item) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
      continue;
    }
    const record = item as Record<string, unknown>;
    for (const key in record) {
      if (key === 'null') return false;
      const child = record[key];
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return true;
}
