import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { compileSchema } from '@stepwise/core';
import { runbookSchema } from '@stepwise/runbook';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const policySchema = require('@stepwise/policy/schema.json') as object;
const standardSchema = require('../../packages/policy/schema/standard.schema.json') as object;
const secureMetaSchema = require('ajv/lib/refs/json-schema-secure.json') as object;

const SCHEMAS: [string, object][] = [
  ['runbook', runbookSchema],
  ['policy', policySchema],
  ['standard', standardSchema],
];

/** Every subschema: the root, each $defs entry, and everything nested below them. */
function subschemas(node: unknown, path = '#', out: [string, Record<string, unknown>][] = []): [string, Record<string, unknown>][] {
  if (Array.isArray(node)) node.forEach((item, i) => subschemas(item, `${path}/${i}`, out));
  else if (node !== null && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record.type === 'string' || Array.isArray(record.type) || 'pattern' in record || '$ref' in record || 'enum' in record) out.push([path, record]);
    for (const [key, value] of Object.entries(record)) if (key !== 'enum' && key !== 'const' && key !== 'examples') subschemas(value, `${path}/${key}`, out);
  }
  return out;
}

describe('security reference item 3: our JSON Schemas are safe to validate untrusted files with', () => {
  const isSecure = new Ajv({ strict: false }).compile(secureMetaSchema);

  it.each(SCHEMAS)('the %s schema and each of its $defs pass ajv\'s secure meta-schema', (_name, schema) => {
    const defs = Object.entries((schema as { $defs?: Record<string, object> }).$defs ?? {});
    for (const [where, node] of [['#', schema] as [string, object], ...defs.map(([k, v]) => [`#/$defs/${k}`, v] as [string, object])]) {
      expect(isSecure(node), `${where}: ${JSON.stringify(isSecure.errors)}`).toBe(true);
    }
  });

  it.each(SCHEMAS)('every pattern in the %s schema is bounded by maxLength beside it', (_name, schema) => {
    const unbounded = subschemas(schema).filter(([, node]) => typeof node.pattern === 'string' && typeof node.maxLength !== 'number').map(([path]) => path);
    expect(unbounded).toEqual([]);
  });

  it.each(SCHEMAS)('every string in the %s schema is bounded (maxLength, enum, const or a bounded $ref)', (_name, schema) => {
    const unbounded = subschemas(schema)
      .filter(([, node]) => (node.type === 'string' || (Array.isArray(node.type) && node.type.includes('string'))) && typeof node.maxLength !== 'number' && !('enum' in node) && !('const' in node))
      .map(([path]) => path);
    expect(unbounded).toEqual([]);
  });

  it.each(SCHEMAS)('the %s schema rejects unknown keys at every object level', (_name, schema) => {
    const open = subschemas(schema)
      .filter(([, node]) => node.type === 'object' && node.additionalProperties === undefined && node.unevaluatedProperties === undefined && !('$ref' in node))
      .filter(([path]) => !/\/\$defs\/ruleCommon$/.test(path)) // a base extended through $ref; its users close it with unevaluatedProperties
      .map(([path]) => path);
    expect(open).toEqual([]);
  });

  it('compiles with strict mode and without $data, coercion, defaults or removal', () => {
    for (const [, schema] of SCHEMAS) {
      const validate = compileSchema(schema);
      const value = { id: 'x', extra: '1' };
      const copy = structuredClone(value);
      validate(value);
      // Validation never rewrites the author's data.
      expect(value).toEqual(copy);
    }
  });
});
