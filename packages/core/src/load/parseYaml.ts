import { parseDocument, type Document } from 'yaml';
import { LineIndex } from '../locate/lineIndex';
import { buildFastLocator } from '../locate/fastLocator';
import { FILE_START, type Diagnostic, type NodePath, type Position, type Range } from '../diagnostic';
import { resolveLoadOptions, type LoadOptions } from '../options';
import { findNode } from '../locate/findNode';
import { offsetRange } from '../locate/offsetRange';
import { isBinary } from './isBinary';
import { YAML_ERROR_CODES, type LoadCode } from './codes';
import { fastParse, NOT_FAST } from './fastParse';
import { checkDirectives } from './checkDirectives';
import { checkDocument } from './checkDocument';
import { loneSurrogateAt } from './loneSurrogate';
import { problemsCapped } from '../diagnosticCap';

/** Whether a range should cover a mapping entry's key or its value. */
export type RangeTarget = 'key' | 'value';

export interface ParsedYaml {
  file: string;
  text: string;
  /** The plain JavaScript value, present only when the source parsed without errors. */
  value: unknown;
  diagnostics: Diagnostic<LoadCode>[];
  /** Source range of the node at `path` (or of its deepest existing ancestor). */
  locate(path: NodePath, target?: RangeTarget): Range;
}

/**
 * Reads YAML text into a plain value, keeping what is needed to map any later problem back to a
 * source range. Never throws: every failure becomes a diagnostic (security reference, item 1).
 *
 * Positions are computed lazily from offsets (LineIndex), and only for the diagnostics reported,
 * so files without problems pay nothing for positions.
 */
export function parseYaml(source: string, file = '<input>', options: Partial<LoadOptions> = {}): ParsedYaml {
  const limits = resolveLoadOptions(options);
  let text = source;
  const fail = (code: LoadCode, message: string, hint?: string): ParsedYaml => ({
    file,
    text,
    value: undefined,
    diagnostics: [{ code, severity: 'error', message, file, range: FILE_START, path: [], ...(hint ? { hint } : {}) }],
    locate: () => FILE_START,
  });
  const failAt = (start: number, end: number, code: LoadCode, message: string, hint: string): ParsedYaml => {
    const failed = fail(code, message, hint);
    failed.diagnostics[0]!.range = offsetRange(new LineIndex(text), start, end);
    return failed;
  };

  // Size first, before any work proportional to the input.
  if (text.length > limits.maxSize) {
    return fail(
      'file-too-large',
      `File is ${formatSize(text.length)}, over the ${formatSize(limits.maxSize)} limit.`,
      'Split the file, or raise the size limit if this content is intended.',
    );
  }
  // A lone CR is a line break in YAML 1.2 (spec 5.4, b-break) that neither the `yaml` library's
  // LineCounter nor js-yaml's positions count, so every diagnostic of a CR-only file was at 1:1.
  // Replacing it with LF keeps every offset, and line breaks in scalars become LF anyway (5.4).
  if (text.includes('\r')) text = text.replace(/\r(?!\n)/g, '\n');
  if (isBinary(text)) {
    return fail('file-binary', 'File is not text (it contains NUL or control characters).', 'Check that the path names a YAML file.');
  }

  const surrogate = loneSurrogateAt(text);
  if (surrogate !== -1) {
    return failAt(surrogate, surrogate + 1, 'yaml-lone-surrogate', 'The file holds a lone UTF-16 surrogate, which is not a Unicode character.', 'Remove the character or write the whole character it was part of.');
  }
  const directive = checkDirectives(text);
  if (directive) {
    return failAt(directive.offset, directive.offset + 5, 'yaml-directive', directive.message, 'Remove the %YAML line; every file is read with the YAML 1.2 core schema.');
  }

  // The parser and composer recurse on flow collections; refuse absurd nesting before parsing
  // (security reference, item 1: `'['.repeat(5000)`).
  const flowDepth = maxFlowDepth(text, limits.maxDepth);
  if (flowDepth.exceeded) {
    return failAt(flowDepth.offset, flowDepth.offset, 'yaml-too-deep', `Nesting is deeper than ${limits.maxDepth} levels.`, 'Flatten the structure.');
  }

  // Fast path: most files are well formed, and need no positions unless a later stage (schema,
  // cross-references) finds a problem; then `locate` finds them on demand (fastLocator.ts).
  if (limits.fast) {
    const value = fastParse(text, limits.maxDepth);
    if (value !== NOT_FAST) {
      let fast: ReturnType<typeof buildFastLocator> | null | undefined;
      let full: ReturnType<typeof composeFull> | undefined;
      const lines = new LineIndex(text);
      return {
        file,
        text,
        value,
        diagnostics: [],
        locate: (path, target = 'value') => {
          // Positions from a second js-yaml pass where it can give them exactly; composing the
          // `yaml` Document of a 1 MiB file for one diagnostic cost seconds (issue 15, item 3).
          fast ??= buildFastLocator(text) ?? null;
          if (fast) {
            const found = fast(path);
            const span = target === 'key' && found.depth === path.length && found.key ? found.key : found.node;
            return span ? offsetRange(lines, span[0], span[1]) : FILE_START;
          }
          full ??= composeFull(text);
          return full ? locateIn(full.doc, full.lineCounter, path, target) : FILE_START;
        },
      };
    }
  }

  const composed = composeFull(text);
  if (!composed) return fail('yaml-internal', 'The YAML parser failed on this input.');
  const { doc, lineCounter } = composed;
  const locate = (path: NodePath, target: RangeTarget = 'value'): Range => locateIn(doc, lineCounter, path, target);

  const diagnostics: Diagnostic<LoadCode>[] = [];
  if (doc.errors.some((e) => /call stack/i.test(e.message))) {
    // Deep block nesting can still exhaust the stack inside the composer: one diagnostic, not hundreds.
    return fail('yaml-too-deep', `Nesting is too deep to read.`, 'Flatten the structure.');
  }
  // Warnings too: the library reads an unknown tag as a string and skips an unknown directive.
  const errors = doc.warnings.length > 0 ? [...doc.errors, ...doc.warnings].sort((a, b) => a.pos[0] - b.pos[0]) : doc.errors;
  for (const error of errors.slice(0, limits.maxDiagnostics)) {
    const code = YAML_ERROR_CODES[error.code] ?? 'yaml-syntax';
    diagnostics.push({
      code,
      severity: 'error',
      message: firstLine(error.message),
      file,
      range: offsetRange(lineCounter, error.pos[0], error.pos[1]),
      path: [],
      ...(code === 'yaml-tab-indent' ? { hint: 'Indent with spaces; YAML does not allow tabs in indentation.' } : {}),
    });
  }
  if (errors.length > limits.maxDiagnostics) {
    const first = errors[limits.maxDiagnostics]!;
    diagnostics.push(problemsCapped(errors.slice(limits.maxDiagnostics).map(() => ({ severity: 'error' as const })), limits.maxDiagnostics, file, offsetRange(lineCounter, first.pos[0], first.pos[0])));
  }

  if (diagnostics.length === 0 && doc.contents === null) {
    const onlyComments = /\S/.test(text);
    diagnostics.push({
      code: 'file-empty',
      severity: 'error',
      message: onlyComments ? 'File holds only comments; there is nothing to read.' : 'File is empty.',
      file,
      range: FILE_START,
      path: [],
    });
  }

  if (diagnostics.length === 0) diagnostics.push(...capped(checkDocument(doc, text, file, lineCounter, limits), limits.maxDiagnostics, file));

  let value: unknown;
  if (diagnostics.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (error) {
      diagnostics.push({ code: 'yaml-internal', severity: 'error', message: `Could not read the document: ${errorMessage(error)}.`, file, range: FILE_START, path: [] });
    }
  }
  return { file, text, value, diagnostics, locate };
}

function composeFull(text: string): { doc: Document; lineCounter: LineIndex } | undefined {
  const lineCounter = new LineIndex(text);
  try {
    // uniqueKeys off: duplicate keys are found by checkDocument, by the JavaScript property they
    // produce and in linear time (the library compares each key with every earlier one).
    // resolveKnownTags off: YAML 1.1 tags (!!binary, !!timestamp, !!set) are not in the 1.2 core schema.
    return { doc: parseDocument(text, { uniqueKeys: false, resolveKnownTags: false, prettyErrors: false, strict: true, stringKeys: false }), lineCounter };
  } catch {
    // The parser is not expected to throw, but pathological input must end as a diagnostic.
    return undefined;
  }
}

function locateIn(doc: Document, lineCounter: LineIndex, path: NodePath, target: RangeTarget = 'value'): Range {
  const found = findNode(doc, path);
  const node = target === 'key' && found.depth === path.length && found.key ? found.key : found.node;
  if (!node || !node.range) return FILE_START;
  return offsetRange(lineCounter, node.range[0], node.range[1]);
}

function capped(diagnostics: Diagnostic<LoadCode>[], max: number, file: string): Diagnostic<LoadCode>[] {
  if (diagnostics.length <= max) return diagnostics;
  const omitted = diagnostics.slice(max);
  return [...diagnostics.slice(0, max), problemsCapped<LoadCode>(omitted, max, file, omitted[0]!.range)];
}

/** An opening flow bracket, for maxFlowDepth's count. */
const OPENER = /[[{]/g;

/**
 * Deepest nesting of flow brackets, skipping quoted scalars and comments. Linear, and stops at
 * the first offset where the limit is passed.
 */
function maxFlowDepth(text: string, limit: number): { exceeded: boolean; offset: number } {
  // Nesting deeper than the limit needs more than `limit` brackets in all: most files have a
  // handful, and counting them skips the character walk below (0.4 of the 6.3 s `validate`
  // spent on 2,000 clean runbooks).
  OPENER.lastIndex = 0;
  let openers = 0;
  while (openers <= limit && OPENER.test(text)) openers++;
  OPENER.lastIndex = 0;
  if (openers <= limit) return { exceeded: false, offset: 0 };
  let depth = 0;
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) {
        if (quote === "'" && text[i + 1] === "'") i++;
        else quote = '';
      } else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '[' || c === '{') {
      if (++depth > limit) return { exceeded: true, offset: i };
    } else if (c === ']' || c === '}') {
      if (depth > 0) depth--;
    } else if ((c === '"' || c === "'") && depth > 0) {
      quote = c;
    } else if (c === '#' && (i === 0 || text[i - 1] === ' ' || text[i - 1] === '\n')) {
      const end = text.indexOf('\n', i);
      if (end === -1) break;
      i = end;
    }
  }
  return { exceeded: false, offset: 0 };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0]!.trim();
  // The yaml library appends " at line L, column C"; our range carries the position.
  return line.replace(/ at line \d+, column \d+:?$/, '');
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function formatSize(chars: number): string {
  return chars >= 1024 * 1024 ? `${(chars / (1024 * 1024)).toFixed(1)} MiB` : `${Math.ceil(chars / 1024)} KiB`;
}
