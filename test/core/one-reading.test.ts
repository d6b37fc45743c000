import { fastParse, NOT_FAST, parseYaml } from '@stepwise/core';
import { loadPolicy } from '@stepwise/policy';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** `code@line:column` of every diagnostic, on both paths (they must agree). */
function problems(text: string): string[] {
  const fast = parseYaml(text, 'f.yaml', { fast: true });
  const full = parseYaml(text, 'f.yaml', { fast: false });
  const show = (r: typeof fast) => r.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.column}`);
  expect(show(fast)).toEqual(show(full));
  return show(full);
}

function values(text: string): unknown {
  const fast = parseYaml(text, 'f.yaml', { fast: true });
  const full = parseYaml(text, 'f.yaml', { fast: false });
  expect(full.diagnostics).toEqual([]);
  expect(fast.diagnostics).toEqual([]);
  expect(fast.value).toStrictEqual(full.value);
  return full.value;
}

describe('invalid YAML the fast path used to accept (issue 15, item 2)', () => {
  it.each([
    ['a quoted scalar continued at column 0', 'a: "x\ny"\n', ['yaml-syntax@1:6', 'yaml-syntax@2:1']],
    ['a comment glued to a quoted scalar', 'a: "x"#c\n', ['yaml-syntax@1:7']],
    ['an escape past U+10FFFF', 'a: ok\nb: "\\U00110000"\n', ['yaml-escape@2:5']],
    ['a tab continuation', 'a: b\n\tc\n', ['yaml-tab-indent@2:1', 'yaml-syntax@2:2']],
    ['a block scalar with more-indented leading blank lines (suite S98Z)', 'a: >\n \n  \n   \n # c\n', ['yaml-syntax@5:2']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});

describe('directives', () => {
  it('refuses %YAML 1.1, with or without an anchor (015 stayed 15 on one path and became 13 on the other)', () => {
    expect(problems('%YAML 1.1\n---\nmin: 015\n')).toEqual(['yaml-directive@1:1']);
    expect(problems('%YAML 1.1\n---\nmin: 015\nx: &a 1\n')).toEqual(['yaml-directive@1:1']);
  });

  it('refuses a repeated %YAML (suite SF5V) and reads one %YAML 1.2', () => {
    expect(problems('%YAML 1.2\n%YAML 1.2\n---\na: 1\n')).toEqual(['yaml-directive@2:1']);
    expect(values('%YAML 1.2\n---\nmin: 015\n')).toEqual({ min: 15 });
  });

  it('refuses an unknown directive', () => {
    expect(problems('%FOO bar\n---\na: 1\n')).toEqual(['yaml-directive@1:1']);
  });

  it('reads a policy as YAML 1.2 whatever the directive says: the 14-character password is not let through', () => {
    const policy = '%YAML 1.1\n---\nid: p\ntitle: P\nversion: 1.0.0\nrules:\n  length:\n    min: 015\n';
    expect(loadPolicy(policy, 'p.yaml').diagnostics.map((d) => d.code)).toEqual(['yaml-directive']);
  });
});

describe('one scalar resolution, the YAML 1.2 core schema (spec 10.3.2)', () => {
  it('reads integers and floats as the spec says', () => {
    expect(values('a: 0b1111\nb: +0x1F\nc: +.5\nd: 0o17\ne: 1_000\nf: 0x1F\ng: 015\nh: -.INF\ni: .NaN\nj: 1e3\nk: +12\nl: 1.50\n')).toStrictEqual({
      a: '0b1111',
      b: '+0x1F',
      c: 0.5,
      d: 15,
      e: '1_000',
      f: 31,
      g: 15,
      h: Number.NEGATIVE_INFINITY,
      i: Number.NaN,
      j: 1000,
      k: 12,
      l: 1.5,
    });
  });

  it('reads booleans and nulls as the spec says (no YAML 1.1 yes/no/on/off)', () => {
    expect(values('a: yes\nb: True\nc: FALSE\nd: ~\ne: Null\nf:\ng: off\n')).toStrictEqual({ a: 'yes', b: true, c: false, d: null, e: null, f: null, g: 'off' });
  });
});

describe('tags', () => {
  it.each([
    ['a local tag', 'a: !custom x\n', ['yaml-unknown-tag@1:4']],
    ['a YAML 1.1 tag', 'a: !!binary aGVsbG8=\n', ['yaml-unknown-tag@1:4']],
    ['a timestamp', 'a: !!timestamp 2026-01-01\n', ['yaml-unknown-tag@1:4']],
    ['a core tag on a value it cannot hold', 'a: !!int twelve\n', ['yaml-unknown-tag@1:4']],
  ])('refuses %s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('reads the core tags', () => {
    expect(values('a: !!str 12\nb: !!int "12"\nc: ! 12\n')).toStrictEqual({ a: '12', b: 12, c: '12' });
  });
});

describe('duplicate keys, by the JavaScript property they produce', () => {
  it.each([
    ['1: and "1":', '1: a\n"1": b\n', ['yaml-duplicate-key@2:1']],
    ['an alias of an earlier key', 'role: &k privileged\nmap:\n  privileged: false\n  *k : true\n', ['yaml-duplicate-key@4:3']],
    ['true: and "true":', 'true: a\n"true": b\n', ['yaml-duplicate-key@2:1']],
    ['0x10: and 16:', '0x10: a\n16: b\n', ['yaml-duplicate-key@2:1']],
    ['the same key twice in a flow mapping', 'a: {x: 1, x: 2}\n', ['yaml-duplicate-key@1:11']],
  ])('%s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });

  it('names the line of the first one', () => {
    expect(parseYaml('1: a\nb: c\n"1": b\n').diagnostics[0]!.message).toBe('Duplicate key "1" (first given on line 1).');
  });

  it.each([
    ['a null key', '~: a\n', ['yaml-key-type@1:1']],
    ['an empty key', ': a\n', ['yaml-key-type@1:1']],
    ['a flow sequence as a key', '[a, b]: c\n', ['yaml-key-type@1:1']],
    ['a mapping as a key', '? {a: 1}\n: c\n', ['yaml-key-type@1:3']],
  ])('refuses %s', (_name, text, expected) => {
    expect(problems(text)).toEqual(expected);
  });
});

describe('line endings', () => {
  it('positions diagnostics in a CR-only file on their own lines', () => {
    expect(problems('a: 1\rb: 2\ra: 3\r')).toEqual(['yaml-duplicate-key@3:1']);
    expect(problems('a: 1\rb: [\r')).toEqual(['yaml-syntax@3:1']);
  });

  it('reads CR-only, CRLF and LF files as the same value', () => {
    const lf = 'a: 1\nb: |\n  x\n  y\nc: "p q"\n';
    expect(values(lf.replace(/\n/g, '\r'))).toStrictEqual(values(lf));
    expect(values(lf.replace(/\n/g, '\r\n'))).toStrictEqual(values(lf));
  });
});

describe('lone surrogates', () => {
  it('refuses one in the text, at its position', () => {
    expect(problems('a: b\nc: x\uD800y\n')).toEqual(['yaml-lone-surrogate@2:5']);
    expect(problems('a: b\nc: \uDC00\n')).toEqual(['yaml-lone-surrogate@2:4']);
  });

  it('refuses one produced by an escape, at the escape', () => {
    expect(problems('a: b\nc: "x\\uD800"\n')).toEqual(['yaml-lone-surrogate@2:6']);
    expect(problems('c: "\\U0000DC00"\n')).toEqual(['yaml-lone-surrogate@1:5']);
  });

  it('reads a surrogate pair, written or escaped', () => {
    expect(values('a: "\\uD83D\\uDE00"\nb: \uD83D\uDE00\n')).toStrictEqual({ a: '\u{1F600}', b: '\u{1F600}' });
  });
});

// Generated documents: mappings of tricky scalars in every style, and noise, fixed seed.
const SETTINGS = { seed: 20261202, numRuns: 400 } as const;
const trickyPlain = fc.constantFrom('0b1111', '+0x1F', '+.5', '0o17', '0o8', '015', '1_000', '.inf', '-.Inf', '.NaN', '~', 'Null', 'NULL', 'yes', 'On', 'TRUE', 'tRUE', '1e3', '1E+3', '.5e1', '-0', '+0', '0x', '12:30', '2026-01-01', '!', '&', '*', '-', '? x', 'a#b', 'a #b', '"', "'", '1.', '-.5', '+1.2e-3', '0.', '00', '0xFFFFFFFFFFFFFFFFFF', '9007199254740993');
const scalarText = fc.oneof(trickyPlain, fc.string({ maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 6 }));
const styled = fc.tuple(scalarText, fc.constantFrom('plain', 'single', 'double', 'literal', 'folded', 'flow')).map(([s, style]) => {
  switch (style) {
    case 'single':
      return `'${s.replace(/'/g, "''")}'`;
    case 'double':
      return JSON.stringify(s);
    case 'literal':
      return `|\n    ${s}`;
    case 'folded':
      return `>-\n    ${s}`;
    case 'flow':
      return `[${s}, {k: ${s}}]`;
    default:
      return s;
  }
});
const document = fc.array(fc.tuple(fc.oneof(trickyPlain, fc.stringMatching(/^[a-z]{1,6}$/)), styled), { minLength: 1, maxLength: 6 }).map((entries) => entries.map(([k, v]) => `${k}: ${v}\n`).join(''));

describe('generated documents: both paths give the same value or both reject', () => {
  let taken = 0;
  function agree(text: string): void {
    const fast = parseYaml(text, 'g.yaml', { fast: true });
    const full = parseYaml(text, 'g.yaml', { fast: false });
    expect(fast.diagnostics.map((d) => d.code)).toEqual(full.diagnostics.map((d) => d.code));
    expect(fast.value).toStrictEqual(full.value);
    // And the same positions for every key and value (the fast path locates without composing).
    if (full.diagnostics.length === 0 && full.value !== null && typeof full.value === 'object') {
      for (const [key, child] of Object.entries(full.value)) {
        expect(fast.locate([key], 'key')).toEqual(full.locate([key], 'key'));
        expect(fast.locate([key], 'value')).toEqual(full.locate([key], 'value'));
        if (child !== null && typeof child === 'object') for (const inner of Object.keys(child)) expect(fast.locate([key, Array.isArray(child) ? Number(inner) : inner])).toEqual(full.locate([key, Array.isArray(child) ? Number(inner) : inner]));
      }
    }
    const value = fastParse(text);
    if (value !== NOT_FAST) {
      taken++;
      expect(full.diagnostics).toEqual([]);
      expect(value).toStrictEqual(full.value);
    }
  }

  it('on mappings of tricky scalars in every style', () => {
    taken = 0;
    fc.assert(fc.property(document, agree), SETTINGS);
    // The comparison means something only if the fast path takes many of them.
    expect(taken).toBeGreaterThan(SETTINGS.numRuns / 4);
  });

  it('on the same with CRLF and CR line endings', () => {
    fc.assert(fc.property(document, fc.constantFrom('\r\n', '\r'), (text, eol) => agree(text.replace(/\n/g, eol))), SETTINGS);
  });

  it('on YAML-shaped noise', () => {
    const token = fc.constantFrom('a', 'b:', '1:', '"1":', ' ', '  ', '- ', '\n', '\r', '\t', '[', ']', '{', '}', ',', '"', "'", '#', '&x ', '*x', '!!str ', '!x ', '|', '>', '? ', ': ', '---\n', '%YAML 1.1\n', '\\u', '\\U0011', 'D800', '~', '0x1F', '+.5');
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), (tokens) => agree(tokens.join(''))), SETTINGS);
  });
});
