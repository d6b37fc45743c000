import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

/** Every code of every `codes.ts` union in the engine packages and the CLI. */
function declaredCodes(): string[] {
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name === 'codes.ts') for (const match of readFileSync(path, 'utf8').matchAll(/\|\s*'([a-z][a-z0-9-]+)'/g)) codes.add(match[1]!);
    }
  };
  for (const pkg of ['core', 'runbook', 'policy', 'project', 'cli']) walk(join(root, 'packages', pkg, 'src'));
  return [...codes].sort();
}

describe('the diagnostic reference', () => {
  const doc = readFileSync(join(root, 'docs/authoring/diagnostics.md'), 'utf8');
  const documented = new Set([...doc.matchAll(/^### ([a-z][a-z0-9-]+)$/gm)].map((m) => m[1]!));
  const codes = declaredCodes();

  it('finds the codes of every package', () => {
    expect(codes).toEqual(expect.arrayContaining(['yaml-syntax', 'schema-unknown-key', 'runbook-branch-cycle', 'project-duplicate-id', 'policy-extends-cycle', 'standard-duplicate-clause']));
  });

  it('documents every code with its own heading, and nothing that is not a code', () => {
    expect(codes.filter((c) => !documented.has(c))).toEqual([]);
    expect([...documented].filter((c) => !codes.includes(c))).toEqual([]);
  });
});
