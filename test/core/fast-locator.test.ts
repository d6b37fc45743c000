import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseYaml, type NodePath } from '@stepwise/core';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : /\.ya?ml$/.test(e.name) ? [join(dir, e.name)] : []));
}

/** Every path to a node of the value, plus a missing key at the root and under the last node. */
function allPaths(value: unknown): NodePath[] {
  const out: NodePath[] = [];
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [v, path] = stack.pop()!;
    out.push(path);
    if (v !== null && typeof v === 'object') for (const [k, child] of Object.entries(v)) stack.push([child, [...path, Array.isArray(v) ? Number(k) : k]]);
  }
  return [...out, ['no-such-key'], [...(out.at(-1) ?? []), 'no-such-key']];
}

const suite = (JSON.parse(readFileSync(join(root, 'test/fixtures/yaml-test-suite/cases.json'), 'utf8')) as { cases: { id: string; yaml: string }[] }).cases;
const sources: [string, string][] = [
  ...[...yamlFiles(join(root, 'runbooks')), ...yamlFiles(join(root, 'policy')), ...yamlFiles(join(root, 'test/fixtures'))].map((f) => [f.slice(root.length + 1), readFileSync(f, 'utf8')] as [string, string]),
  ...suite.map((c) => [`yaml-test-suite ${c.id}`, c.yaml] as [string, string]),
];

// The fast path locates a diagnostic from a second js-yaml pass instead of composing the `yaml`
// Document (issue 15, item 3); it must give the very range the composed document gives.
describe('positions on the fast path are those of the positioned parser', () => {
  it.each(sources)('%s: every node, key and value', (_name, text) => {
    const fast = parseYaml(text, 'f.yaml', { fast: true });
    const full = parseYaml(text, 'f.yaml', { fast: false });
    if (full.diagnostics.length > 0) return;
    for (const path of allPaths(full.value)) {
      for (const target of ['key', 'value'] as const) {
        expect(fast.locate(path, target), `${JSON.stringify(path)} ${target}`).toEqual(full.locate(path, target));
      }
    }
  });
});
