import { Schema, Type } from 'js-yaml';

/**
 * The YAML 1.2.2 core schema (spec section 10.3.2, "Tag Resolution") for js-yaml, written out so
 * that the fast path resolves plain scalars exactly as the `yaml` library's `core` schema does
 * (its `src/schema/core/{int,float,bool}.ts`, `common/null.ts`): the same regular expressions and
 * the same conversions. js-yaml's own CORE_SCHEMA is wider than the spec: it reads `0b1111`,
 * `+0x1F` and `1_000` as integers and misses `+.5` as a float (issue 15, item 2).
 *
 * The types carry a private tag name and the schema has no explicit types at all, so any explicit
 * tag in the text (`!!int`, `!!str`, `!custom`) is unknown to js-yaml, which then throws and sends
 * the file to the positioned parser. Only one parser ever interprets tags.
 */
const tag = (name: string) => `tag:stepwise.invalid,2026:${name}`;

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

const nullType = new Type(tag('null'), {
  kind: 'scalar',
  resolve: (data: string | null) => data === null || NULL.test(data),
  construct: () => null,
});

const boolType = new Type(tag('bool'), {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && BOOL.test(data),
  construct: (data: string) => data[0] === 't' || data[0] === 'T',
});

const intType = new Type(tag('int'), {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (INT.test(data) || INT_OCT.test(data) || INT_HEX.test(data)),
  // As `yaml`'s intResolve: parseInt of the digits after the prefix, in the prefix's radix.
  construct: (data: string) => (INT.test(data) ? parseInt(data, 10) : data[1] === 'o' ? parseInt(data.substring(2), 8) : parseInt(data.substring(2), 16)),
});

const floatType = new Type(tag('float'), {
  kind: 'scalar',
  resolve: (data: string | null) => data !== null && (FLOAT_NAN.test(data) || FLOAT_EXP.test(data) || FLOAT.test(data)),
  construct: (data: string) => {
    if (!FLOAT_NAN.test(data)) return parseFloat(data);
    if (data.slice(-3).toLowerCase() === 'nan') return NaN;
    return data[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  },
});

/** Implicit types only, in the order `yaml` tries them (null, bool, int, float). */
export const CORE_1_2_SCHEMA = new Schema({ implicit: [nullType, boolType, intType, floatType] });
