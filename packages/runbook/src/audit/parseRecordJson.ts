export type ParsedRecordJson = { ok: true; value: unknown } | { ok: false; message: string; offset: number };

const MAX_DEPTH = 64;

/**
 * A strict JSON reader (RFC 8259) for audit records. `JSON.parse` keeps the last of two equal
 * keys, so a record with `"actor"` twice verifies while a reader of the file sees the other one;
 * it rounds integers past 2^53, so two different numbers in the file hash alike; and it accepts
 * lone surrogates (`"\ud800"`), which UTF-8 encoding turns into U+FFFD, so two different texts
 * hash alike; and it reads `1.0` as `1`, so a respelt number hashes alike. This reader refuses all four (RFC 8259 §4 "names within an object SHOULD be
 * unique", §6 on interoperable integers in [-(2^53)+1, 2^53-1], §8.2 on unpaired surrogates),
 * with the offset of the problem. Linear in the text; never throws.
 */
export function parseRecordJson(text: string): ParsedRecordJson {
  let i = 0;
  const fail = (message: string, at = i): never => {
    throw new RecordJsonError(message, at);
  };
  const ws = () => {
    for (;;) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else return;
    }
  };
  const value = (depth: number): unknown => {
    if (depth > MAX_DEPTH) fail(`nesting deeper than ${MAX_DEPTH} levels`);
    ws();
    const c = text[i];
    if (c === '{') return object(depth);
    if (c === '[') return array(depth);
    if (c === '"') return string();
    if (c === 't' && text.startsWith('true', i)) return (i += 4), true;
    if (c === 'f' && text.startsWith('false', i)) return (i += 5), false;
    if (c === 'n' && text.startsWith('null', i)) return (i += 4), null;
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    return fail(c === undefined ? 'the text ends where a value was expected' : `unexpected ${JSON.stringify(c)} where a value was expected`);
  };
  const object = (depth: number): Record<string, unknown> => {
    i++;
    const out: Record<string, unknown> = {};
    const keys = new Set<string>();
    ws();
    if (text[i] === '}') return i++, out;
    for (;;) {
      ws();
      if (text[i] !== '"') fail('expected a quoted key');
      const at = i;
      const key = string();
      if (keys.has(key)) fail(`the key ${JSON.stringify(key)} appears twice in one object`, at);
      keys.add(key);
      ws();
      if (text[i] !== ':') fail('expected ":" after a key');
      i++;
      // defineProperty: a "__proto__" key is data, never the prototype.
      Object.defineProperty(out, key, { value: value(depth + 1), enumerable: true, writable: true, configurable: true });
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === '}') return i++, out;
      fail('expected "," or "}" in an object');
    }
  };
  const array = (depth: number): unknown[] => {
    i++;
    const out: unknown[] = [];
    ws();
    if (text[i] === ']') return i++, out;
    for (;;) {
      out.push(value(depth + 1));
      ws();
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text[i] === ']') return i++, out;
      fail('expected "," or "]" in a list');
    }
  };
  const string = (): string => {
    const start = i;
    i++;
    let out = '';
    let from = i;
    for (;;) {
      const c = text.charCodeAt(i);
      if (Number.isNaN(c)) fail('a string is not closed', start);
      if (c === 0x22) break;
      if (c < 0x20) fail('a control character inside a string must be escaped');
      if (c >= 0xd800 && c <= 0xdfff) {
        const next = text.charCodeAt(i + 1);
        if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i += 2;
        else fail('an unpaired surrogate in a string');
        continue;
      }
      if (c !== 0x5c) {
        i++;
        continue;
      }
      out += text.slice(from, i);
      const e = text[i + 1];
      i += 2;
      if (e === 'u') {
        const unit = hex4();
        if (unit >= 0xd800 && unit <= 0xdbff) {
          if (text[i] !== '\\' || text[i + 1] !== 'u') fail('an unpaired surrogate escape in a string');
          i += 2;
          const low = hex4();
          if (low < 0xdc00 || low > 0xdfff) fail('an unpaired surrogate escape in a string');
          out += String.fromCharCode(unit, low);
        } else if (unit >= 0xdc00 && unit <= 0xdfff) fail('an unpaired surrogate escape in a string');
        else out += String.fromCharCode(unit);
      } else {
        const simple = ESCAPES[e ?? ''];
        if (simple === undefined) fail(`an unknown escape \\${e ?? ''} in a string`, i - 2);
        out += simple;
      }
      from = i;
    }
    out += text.slice(from, i);
    i++;
    return out;
  };
  const hex4 = (): number => {
    const digits = text.slice(i, i + 4);
    if (!/^[0-9a-fA-F]{4}$/.test(digits)) fail('a \\u escape needs four hex digits');
    i += 4;
    return parseInt(digits, 16);
  };
  const number = (): number => {
    const match = NUMBER.exec(text.slice(i, i + 400));
    if (!match) return fail('a malformed number');
    const literal = match[0];
    const n = Number(literal);
    const integer = !/[.eE]/.test(literal);
    if (!Number.isFinite(n)) fail(`the number ${literal} is out of range`);
    if (integer && !Number.isSafeInteger(n)) fail(`the integer ${literal} is beyond 2^53 and cannot be read exactly`);
    // Records are written with JSON.stringify: any other spelling of the same value (1.0, 1e0,
    // -0) is an edit that the hash over the value cannot see.
    if (JSON.stringify(n) !== literal) fail(`the number ${literal} is not written as Stepwise writes it (${JSON.stringify(n)})`);
    i += literal.length;
    return n;
  };
  try {
    const result = value(0);
    ws();
    if (i < text.length) fail('more text after the JSON value');
    return { ok: true, value: result };
  } catch (error) {
    if (error instanceof RecordJsonError) return { ok: false, message: error.message, offset: error.offset };
    return { ok: false, message: error instanceof Error ? error.message : String(error), offset: i };
  }
}

const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

class RecordJsonError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}
