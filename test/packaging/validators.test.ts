/**
 * Issue 13, item 5: the validators compiled ahead of time (ajv standalone) that the packages and
 * the CLI ship behave exactly as the run-time compiled ones the sources use: same verdict, same
 * errors (with the parent schemas the hints come from), for every YAML file of the repository.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { compileSchema, type SchemaValidator } from '@stepwise/core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompiledModule, SCHEMAS } from '../../scripts/compileValidators.mjs';

const root = join(import.meta.dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'stepwise-validators-'));
let precompiled: (schema: object) => SchemaValidator;
afterAll(() => rmSync(work, { recursive: true, force: true }));

beforeAll(async () => {
  const file = join(work, 'validators.mjs');
  writeFileSync(file, await precompiledModule(root, [...SCHEMAS.policy, ...SCHEMAS.runbook]));
  precompiled = ((await import(pathToFileURL(file).href)) as { compileSchema: typeof precompiled }).compileSchema;
});

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name === 'node_modules' || e.name.startsWith('.')) return [];
    const path = join(dir, e.name);
    return e.isDirectory() ? yamlFiles(path) : /\.ya?ml$/.test(e.name) ? [path] : [];
  });
}

const schemas = ([...SCHEMAS.policy, ...SCHEMAS.runbook] as [string, string][]).map(([name, file]) => [name, JSON.parse(readFileSync(join(root, file), 'utf8')) as object] as const);
const documents = [...yamlFiles(join(root, 'policy')), ...yamlFiles(join(root, 'runbooks')), ...yamlFiles(join(root, 'test/fixtures'))].flatMap((file) => {
  try {
    return [[relative(root, file), parse(readFileSync(file, 'utf8')) as unknown] as const];
  } catch {
    return [];
  }
});

describe('precompiled validators (ajv standalone)', () => {
  it('contain no run-time code generation', async () => {
    const text = await precompiledModule(root, [...SCHEMAS.policy, ...SCHEMAS.runbook]);
    expect(text).not.toMatch(/new Function|\beval\(/);
    expect(text).not.toMatch(/^\s*(import|export \* from)\b.*ajv/m);
  });

  it.each(schemas)('%s: the same verdict and errors as run-time compilation for every repository YAML file', (_name, schema) => {
    expect(documents.length).toBeGreaterThan(20);
    const runtime = compileSchema(schema);
    const ahead = precompiled(schema);
    for (const [, value] of documents) {
      expect(ahead(value)).toBe(runtime(value));
      expect(ahead.errors ?? null).toEqual(runtime.errors ?? null);
    }
  });
});
