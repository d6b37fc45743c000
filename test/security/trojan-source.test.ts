import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { escapeUnsafeCharacters } from '@stepwise/core';
import { loadPolicy } from '@stepwise/policy';
import { loadRunbook } from '@stepwise/runbook';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/runCli';

const RUNBOOK = readFileSync(fileURLToPath(new URL('../fixtures/runbooks/fixture-reset.yaml', import.meta.url)), 'utf8');
const POLICY = readFileSync(fileURLToPath(new URL('../../policy/ad-default.yaml', import.meta.url)), 'utf8');
const RLO = '\u202e';
const ZWSP = '\u200b';

function problems(text: string) {
  return loadRunbook(text, 'x.yaml').diagnostics.filter((d) => d.code.startsWith('text-')).map((d) => ({ code: d.code, severity: d.severity, path: d.path.join('.'), message: d.message }));
}

describe('issue 15 item 5: Trojan Source characters are diagnostics with the code point named', () => {
  it('the shipped fixture has none', () => {
    expect(problems(RUNBOOK)).toEqual([]);
  });

  it('a bidi override in a command is an error naming U+202E', () => {
    const found = problems(RUNBOOK.replace('code: Set-ADAccountPassword -Identity $user -Reset', `code: Set-ADAccountPassword -Identity $user ${RLO}teseR-`));
    expect(found).toEqual([expect.objectContaining({ code: 'text-bidi-control', severity: 'error', path: 'steps.2.commands.0.code' })]);
    expect(found[0]!.message).toContain('U+202E (RIGHT-TO-LEFT OVERRIDE)');
  });

  it('an invisible character in a step id or a role reference is an error', () => {
    const found = problems(RUNBOOK.replace('  - id: open-ticket', `  - id: open${ZWSP}-ticket`));
    expect(found).toContainEqual(expect.objectContaining({ code: 'text-invisible-character', severity: 'error', path: 'steps.0.id' }));
    expect(found[0]!.message).toContain('U+200B (ZERO WIDTH SPACE)');
  });

  it('in a title or a body it is a warning, and the runbook still loads', () => {
    const loaded = loadRunbook(RUNBOOK.replace('title: Open the ticket', `title: Open the ${RLO}nimda-niamod ticket`), 'x.yaml');
    expect(loaded.runbook).toBeDefined();
    // Only the text checks: the fixture's own permission warnings (runbook-cmdlet-scope-missing) are not the point here.
    const text = loaded.diagnostics.filter((d) => d.code.startsWith('text-'));
    expect(text.map((d) => [d.code, d.severity, d.path.join('.')])).toEqual([['text-bidi-control', 'warning', 'steps.0.title']]);
  });

  it('a policy: warning in its title, error in its id', () => {
    const warn = loadPolicy(POLICY.replace('title: Active Directory', `title: Active${ZWSP} Directory`), 'p.yaml');
    expect(warn.policy).toBeDefined();
    expect(warn.diagnostics.map((d) => [d.code, d.severity])).toEqual([['text-invisible-character', 'warning']]);
    const error = loadPolicy(POLICY.replace('id: ad-default', `id: ad-default${RLO}`), 'p.yaml');
    expect(error.policy).toBeUndefined();
    expect(error.diagnostics.map((d) => [d.code, d.severity, d.path.join('.')])).toContainEqual(['text-bidi-control', 'error', 'id']);
  });

  it('stepwise validate reports it at the line of the value, exit 1 for the error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-trojan-'));
    mkdirSync(join(dir, 'runbooks'));
    writeFileSync(join(dir, 'runbooks', 'x.yaml'), RUNBOOK.replace('code: Update-MgUser', `code: Update-MgUser${RLO}`));
    const result = await runCli(['validate', 'runbooks/x.yaml', '--format', 'json'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('"code": "text-bidi-control"');
    expect(result.stdout).toMatch(/"line": 97/);
  });

  it('the terminal checklist shows a bidi override in a title as its escape, never applies it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-trojan-'));
    writeFileSync(join(dir, 'x.yaml'), RUNBOOK.replace('title: Open the ticket', `title: Open the ${RLO}nimda-niamod ticket`));
    const result = await runCli(['run', 'x.yaml', '--variant', 'cloud', '--actor', 'pat', '--input', 'ticket=INC12345', '--input', 'account=ana@example.org', '--input', 'admin-account=no', '--input', 'priority=low', '--out', 'r.json'], { cwd: dir, stdin: 'q\n' });
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain(RLO);
    expect(result.stdout).toContain('Open the \\u202Enimda-niamod ticket');
  });

  it('the stylish excerpt shows the character as its escape, with the caret under the value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-trojan-'));
    writeFileSync(join(dir, 'x.yaml'), RUNBOOK.replace('code: Update-MgUser', `code: Update-MgUser${RLO}`));
    const result = await runCli(['validate', 'x.yaml'], { cwd: dir });
    expect(result.stdout).not.toContain(RLO);
    expect(result.stdout).toContain('  97 |         code: Update-MgUser\\u202E -UserId $upn -PasswordProfile $profile\n     |               ^^^^^^^^^^^^^^^^^^');
  });

  it('escapes make every such character visible on one line', () => {
    expect(escapeUnsafeCharacters(`a${RLO}b${ZWSP}c\r\nd\re\u001b[2J\u{e0041}`)).toBe('a\\u202Eb\\u200Bc\\nd\\ne\\u001B[2J\\u{E0041}');
  });
});
