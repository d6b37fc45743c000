import type { Diagnostic, NodePath } from '../diagnostic';
import type { ParsedYaml } from '../load/parseYaml';
import type { TextCode } from './codes';
import { codePointName, findUnsafeCharacters, hasUnsafeCharacters, type UnsafeCharacter } from './unsafeCharacters';

/** Names of the characters most seen in Trojan Source attacks (Unicode character names). */
const NAMES: Readonly<Record<number, string>> = {
  0x061c: 'ARABIC LETTER MARK',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0x00ad: 'SOFT HYPHEN',
};

/**
 * Trojan Source (CVE-2021-42574): bidirectional controls and invisible characters in a
 * document's text, keys included. Where the text is run or matched — commands, ids and
 * references, which `strict` selects — each is an error: what is shown and copied must be what
 * runs. Elsewhere (titles, prose) each is a warning. One diagnostic per string, naming the
 * first code point and how many there are, so the count stays bounded by the document. Runs
 * whether or not the schema matched, so an id refused by its pattern still names the code point.
 */
export function findInvisibleCharacters(parsed: ParsedYaml, strict: (path: NodePath) => boolean = isExactText): Diagnostic<TextCode>[] {
  const out: Diagnostic<TextCode>[] = [];
  // A document that did not parse has no text to check (its value is partial or absent).
  if (parsed.diagnostics.length > 0) return out;
  const check = (text: string, path: NodePath, target: 'key' | 'value') => {
    const found = findUnsafeCharacters(text);
    if (found.length === 0) return;
    const first = found.find((c) => c.kind === 'bidi') ?? found[0]!;
    const code: TextCode = first.kind === 'bidi' ? 'text-bidi-control' : 'text-invisible-character';
    const isStrict = target === 'key' || strict(path);
    out.push({
      code,
      severity: isStrict ? 'error' : 'warning',
      message: `${target === 'key' ? 'The key' : 'The text'} holds ${describe(first)} at character ${first.index + 1}${found.length > 1 ? ` (and ${found.length - 1} more such character${found.length === 2 ? '' : 's'})` : ''}: it ${first.kind === 'bidi' ? 'reorders how the text is displayed' : 'cannot be seen'}, so what is shown is not what is written.`,
      file: parsed.file,
      range: parsed.locate(path, target),
      path,
      hint: isStrict ? 'Remove it: commands and ids must be exactly what they look like.' : 'Remove it unless the text truly needs it (for example right-to-left prose).',
    });
  };
  // One path, pushed and popped as the walk goes; copied only for a string that is reported
  // (a copy per node was most of this pass's cost on clean files).
  const path: (string | number)[] = [];
  const visit = (text: string, target: 'key' | 'value') => {
    if (hasUnsafeCharacters(text)) check(text, [...path], target);
  };
  const walk = (value: unknown) => {
    if (typeof value === 'string') visit(value, 'value');
    else if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        path.push(i);
        walk(value[i]);
        path.pop();
      }
    } else if (value !== null && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) {
        path.push(key);
        visit(key, 'key');
        walk(item);
        path.pop();
      }
    }
  };
  walk(parsed.value);
  return out;
}

// Fields whose text is run, copied or matched rather than read: a command's code, ids and the
// references to them, versions, URLs, patterns and choice values, and every part of a `when`.
const EXACT_KEYS: ReadonlySet<string> = new Set(['id', 'code', 'role', 'policy', 'next', 'onFail', 'extends', 'emulates', 'emulatesLevel', 'rule', 'version', 'url', 'pattern', 'value']);
const EXACT_LISTS: ReadonlySet<string> = new Set(['clauses', 'rules', 'audiences']);

/** The default `strict` selection, shared by runbooks and policies. */
export function isExactText(path: NodePath): boolean {
  const last = path.at(-1);
  if (path.includes('when')) return true;
  if (typeof last === 'string') return EXACT_KEYS.has(last);
  return typeof last === 'number' && EXACT_LISTS.has(String(path.at(-2)));
}

function describe(c: UnsafeCharacter): string {
  const name = NAMES[c.codePoint];
  const kind = c.kind === 'bidi' ? 'a bidirectional control' : c.kind === 'control' ? 'a control character' : 'an invisible character';
  return `${codePointName(c.codePoint)}${name ? ` (${name})` : ''}, ${kind}`;
}
