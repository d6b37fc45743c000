import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/runCli';

// The terminal renderer is seen through `stepwise run`, as a person sees it (colour is off
// when the output is not a terminal, so every escape sequence in the output would come from
// the runbook).
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function screen(): Promise<string> {
  const result = await runCli(['run', 'test/fixtures/runbooks/render-check.yaml', '--actor', 'pat', '--out', join(mkdtempSync(join(tmpdir(), 'stepwise-render-')), 'r.json')], { cwd: ROOT, stdin: 'q\n' });
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('step bodies rendered for the terminal', () => {
  it('renders headings, paragraphs, lists, code, quotes, links and tables', async () => {
    expect(await screen()).toContain(
      [
        'Before you start',
        '',
        'Make sure the ticket is assigned to you and named.',
        '',
        '• Read the request',
        '• See the guide (https://example.org/guide)',
        '',
        '1. First',
        '2. Second',
        '',
        '    Set-ADAccountPassword -Identity $user -Reset',
        '',
        '│ Never read a code out.',
        '',
        '| a | b |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        'Hostile: ]0;pwned[31mred31m <script>alert(1)</script>',
      ].join('\n'),
    );
  });

  it('removes control characters from every runbook text, so YAML cannot drive the terminal', async () => {
    const out = await screen();
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('The only step [2J');
    expect(out).toContain('Check [8mhidden (shell)');
    expect(out).toContain('      echo ok [2J');
  });

  it('refuses to run a runbook whose command holds a control character (issue 15 item 5: an error in commands)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-render-'));
    const source = readFileSync(join(ROOT, 'test/fixtures/runbooks/render-check.yaml'), 'utf8').replace('code: "echo ok [2J"', 'code: "echo ok \\e[2J"');
    writeFileSync(join(dir, 'r.yaml'), source);
    const result = await runCli(['run', 'r.yaml', '--actor', 'pat', '--out', join(dir, 'r.json')], { cwd: dir, stdin: 'q\n' });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('text-invisible-character');
    expect(result.stderr).toContain('U+001B');
  });
});
