import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fastParse, NOT_FAST, parseYaml } from '@stepwise/core';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...yamlFiles(path));
    else if (/\.ya?ml$/.test(entry.name)) out.push(path);
  }
  return out;
}

// Every YAML file of the project and of the test fixtures, plus tricky scalars.
const files = [...yamlFiles(join(root, 'runbooks')), ...yamlFiles(join(root, 'policy')), ...yamlFiles(join(root, 'test/fixtures'))].map((path) => ({ path, text: readFileSync(path, 'utf8') }));
const tricky = [
  'a: 0o17\nb: 0x1F\nc: 1e3\nd: .inf\ne: -.Inf\nf: .nan\ng: ~\nh: Null\ni: TRUE\nj: yes\nk: 2026-01-01\nl: "2026-01-01"\nm: 012\n',
  'text: |\n  line *one*\n  **two** & three\nflow: {a: [1, 2, {b: c}]}\n',
  'key with spaces: value\n"quoted key": \'single\'\'s\'\nempty:\nlist:\n  - \n  - x\n',
];

describe('the fast parser agrees with the positioned parser', () => {
  it('has files to compare', () => {
    expect(files.length).toBeGreaterThan(15);
  });

  it.each([...files.map((f) => [f.path.slice(root.length + 1), f.text]), ...tricky.map((t, i) => [`tricky-${i}`, t])])('%s', (_name, text) => {
    const fast = parseYaml(text, 'f.yaml', { fast: true });
    const full = parseYaml(text, 'f.yaml', { fast: false });
    // Same value when both read it; when the full parser finds a problem the fast path must too.
    expect(fast.diagnostics.map((d) => d.code)).toEqual(full.diagnostics.map((d) => d.code));
    expect(fast.value).toEqual(full.value);
    if (full.diagnostics.length === 0 && full.value !== null && typeof full.value === 'object') {
      const firstKey = Object.keys(full.value)[0]!;
      expect(fast.locate([firstKey], 'key')).toEqual(full.locate([firstKey], 'key'));
    }
  });
});

describe('which files the fast parser takes', () => {
  // Real content is the common case the fast path exists for: a runbook whose Markdown has
  // `**bold**` or `*emphasis*` after a space once looked like an alias and took the slow path.
  const shipped = files.filter((f) => !f.path.includes('/test/fixtures/'));
  it.each(shipped.map((f) => [f.path.slice(root.length + 1), f.text]))('reads shipped %s', (_name, text) => {
    expect(fastParse(text)).not.toBe(NOT_FAST);
  });

  it('reads Markdown emphasis and list markers in block scalars', () => {
    const text = 'body: |\n  **Stop** here, *then* go on.\n  * a list item\n  - **bold** item\nnote: a *b* c\n';
    expect(fastParse(text)).toEqual({ body: '**Stop** here, *then* go on.\n* a list item\n- **bold** item\n', note: 'a *b* c' });
  });

  it.each([
    ['an anchor and an alias', 'a: &x [1, 2]\nb: *x\n'],
    ['an anchor alone', 'a: &x 1\n'],
    ['a merge key', 'base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n'],
    ['an anchor in a flow sequence', 'a: [&x 1, *x]\n'],
    ['an alias bomb', 'a: &a ["x","x"]\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: [*c,*c]\n'],
    ['an unknown alias', 'a: *nowhere\n'],
    ['two documents', 'a: 1\n---\nb: 2\n'],
    ['an empty document', '# only a comment\n'],
  ])('leaves %s to the positioned parser', (_name, text) => {
    expect(fastParse(text)).toBe(NOT_FAST);
  });
});
