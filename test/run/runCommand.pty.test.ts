import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/runCli';
import { buildCli, PtySession, ROOT } from './ptySession';

const FIXTURE = 'test/fixtures/runbooks/fixture-reset.yaml';
// Room for a loaded 2-core machine; each answer waits for the next question, nothing is timed.
const PTY_TIMEOUT = 120_000;
let dir: string;

beforeAll(() => {
  buildCli();
  dir = mkdtempSync(join(tmpdir(), 'stepwise-run-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function verify(record: string, runbook: string) {
  return runCli(['verify', record, '--runbook', runbook], { cwd: ROOT });
}

describe('stepwise run in a terminal', () => {
  it('completes a whole run of a fixture runbook, with a failure and a retry, then verifies', async () => {
    const out = join(dir, 'full.json');
    const s = new PtySession(['run', FIXTURE, '--out', out, '--markdown', join(dir, 'full.md')]);
    await s.answer('Which environment?', '1');
    expect(await s.answer('Ticket number', 'ticket 5')).toContain('Ticket number');
    expect(await s.answer('Ticket number', 'INC12345')).toContain('does not have the expected form');
    await s.answer('Affected account', 'ana@example.org');
    await s.answer('administrator account', 'n');
    await s.answer('Priority', '');
    await s.answer('Your name', 'Pat Doe');
    // Step 1: the step as a person sees it.
    const step1 = await s.answer('[c]omplete', 'c');
    expect(step1).toContain('Step 1 of 5  Open the ticket');
    expect(step1).toContain('Role: Service desk');
    expect(step1).toContain('• Note the affected account');
    expect(step1).toContain('[ ] The ticket names the requester');
    await s.answer('The ticket is open and assigned to me — done?', 'y');
    await s.answer('The ticket names the requester — done?', 'y');
    expect(await s.answer('Ticket link', 'not a link')).toContain('(https://…)');
    await s.answer('Try again', 'https://desk.example.org/INC12345');
    // Step 2
    await s.answer('Verify the caller', 'c');
    await s.answer('called back', 'y');
    await s.answer('Verification method', '1');
    // Step 3: a note, then complete; the command for this variant is shown as code.
    const step3 = await s.answer('Reset the password in Entra ID', 'n');
    expect(step3).toContain('Update-MgUser -UserId $upn');
    expect(step3).not.toContain('Set-ADAccountPassword');
    await s.answer('Note:', 'Used the admin center.');
    await s.answer('Note saved', 'c');
    await s.answer('Time of the reset', 'now');
    // Step 4 fails into troubleshooting, which leads back to a second attempt.
    await s.answer('The user signs in', 'f');
    await s.answer('What failed?', 'Account locked by an old phone.');
    await s.answer('Troubleshoot the sign-in', 'c');
    expect(await s.answer('(attempt 2)', 'c')).toContain('The user signs in with the new password');
    await s.answer('Signed in successfully', 'y');
    await s.answer('Number of attempts', '2');
    // Step 5: the secret field is never asked.
    const close = await s.answer('Close the ticket', 'c');
    expect(close).toContain('Temporary password [text] (secret: never recorded)');
    expect(await s.answer('Closing summary', 'Reset done.')).toContain('is a secret: it is never recorded');
    const ended = await s.answer('Run ended: completed.', 'q');
    expect(ended).toMatch(/Head hash: [0-9a-f]{64}/);
    expect(await s.exit).toBe(0);
    expect(s.output).toContain('Verify it with: stepwise verify');

    const record = JSON.parse(readFileSync(out, 'utf8'));
    expect(record.events.map((e: { action: string }) => e.action)).toEqual(['start', 'tick', 'tick', 'complete', 'tick', 'complete', 'note', 'complete', 'fail', 'complete', 'complete', 'complete']);
    expect(record.events[0].actor).toBe('Pat Doe');
    const verified = await verify(out, FIXTURE);
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain(`head hash: ${record.headHash}`);
    expect(verified.stdout).toContain('outcome:   completed');
    expect(readFileSync(join(dir, 'full.md'), 'utf8')).toContain(`**Head hash: \`${record.headHash}\`**`);
  }, PTY_TIMEOUT);

  it('saves after every action: a closed terminal loses nothing, and --resume continues', async () => {
    const out = join(dir, 'resume.json');
    const args = ['run', FIXTURE, '--variant', 'onprem', '--actor', 'pat', '--input', 'ticket=INC12345', '--input', 'account=ana@example.org', '--input', 'admin-account=yes', '--input', 'priority=high', '--out', out];
    const first = new PtySession(args);
    await first.answer('Open the ticket', 's');
    await first.answer('Why is this step skipped?', 'Opened by phone.');
    await first.answer('Verify the caller', 'c');
    await first.answer('called back', 'y');
    await first.answer('Verification method', 'manager');
    await first.waitFor('Reset the password in Active Directory');
    first.pty.kill(); // the terminal closes mid-run
    await first.exit;
    const saved = JSON.parse(readFileSync(out, 'utf8'));
    expect(saved.eventCount).toBe(4);
    expect((await verify(out, FIXTURE)).code).toBe(0);

    const second = new PtySession(['run', FIXTURE, '--resume', out, '--actor', 'sam']);
    const resumed = await second.answer('[c]omplete', 'b');
    expect(resumed).toContain('Resuming');
    expect(resumed).toContain('Reset the password in Active Directory');
    await second.answer('Why reopen "Verify the caller\'s identity"?', 'Wrong method recorded.');
    await second.answer('Verify the caller', 'c');
    await second.answer('called back', 'y');
    await second.answer('Verification method', 'callback');
    await second.answer('Reset the password in Active Directory', 'c');
    await second.answer('Time of the reset', '2025-01-31T09:30:00Z');
    await second.answer('Second administrator reviews', 'c');
    await second.answer("Reviewer's email", 'rev@example.org');
    await second.answer('The user signs in', 'c');
    await second.answer('Signed in successfully', 'yes');
    await second.answer('Number of attempts', '');
    await second.answer('Close the ticket', 'c');
    await second.answer('Closing summary', '');
    await second.answer('Run ended: completed.', 'q');
    expect(await second.exit).toBe(0);
    const record = JSON.parse(readFileSync(out, 'utf8'));
    expect(record.events.slice(4).every((e: { actor: string }) => e.actor === 'sam')).toBe(true);
    expect(record.events[4]).toMatchObject({ action: 'reopen', stepId: 'verify-identity' });
    expect((await verify(out, FIXTURE)).stdout).toContain('outcome:   completed');
  }, PTY_TIMEOUT);

  it('refuses to resume a tampered record', async () => {
    const out = join(dir, 'resume.json');
    const tampered = join(dir, 'tampered.json');
    const record = JSON.parse(readFileSync(out, 'utf8'));
    record.events[2].actor = 'mallory';
    writeFileSync(tampered, JSON.stringify(record));
    const s = new PtySession(['run', FIXTURE, '--resume', tampered]);
    expect(await s.exit).toBe(1);
    expect(s.output).toContain('does not verify');
    expect(s.output).toContain('event 3: hash-mismatch');
  }, PTY_TIMEOUT);

  it('completes the Exchange runbook in both variants and verifies', async () => {
    for (const variant of ['on-premises', 'exchange-online']) {
      const out = join(dir, `exchange-${variant}.json`);
      const s = new PtySession(['run', 'exchange-password-reset', '--variant', variant, '--actor', 'pat', '--input', 'ticket=INC-0041873', '--input', 'account=ana.lopez@example.org', '--input', 'reason=forgotten', '--input', 'reset-path=administrator', '--input', 'privileged=no', '--input', 'account-type=cloud-only', '--input', 'account-class=standard', '--out', out]);
      let steps = 0;
      for (let guard = 0; guard < 400; guard++) {
        const screen = await s.waitFor();
        const last = screen.trimEnd().split('\n').at(-1)!;
        if (/Run ended/.test(screen)) {
          s.type('q');
          break;
        }
        if (/\[c\]omplete/.test(last)) {
          steps += 1;
          s.type('c');
        } else if (/done\? \[y\/n\]/.test(last)) s.type('y');
        else if (/\[optional/.test(last)) s.type('');
        else if (/\(y\/n\)/.test(last)) s.type('y');
        else if (/\(number or value\)/.test(last)) s.type('1');
        else if (/\(https:/.test(last)) s.type('https://desk.example.org/INC-0041873');
        else if (/\(UTC/.test(last)) s.type('now');
        else if (/\(name@example\.org\)/.test(last)) s.type('manager@example.org');
        else if (/\(a number\)/.test(last)) s.type('2');
        else s.type('As described in the runbook.');
      }
      expect(await s.exit).toBe(0);
      // The 18 steps that apply to a standard account's forgotten password (issue 12 added the
      // account-class check and the closing head-hash step).
      expect(steps).toBe(18);
      const verified = await verify(out, 'runbooks/exchange-password-reset.yaml');
      expect(verified.code).toBe(0);
      expect(verified.stdout).toContain(`(variant ${variant})`);
      expect(verified.stdout).toContain('outcome:   completed (18 of 18 steps resolved)');
    }
  }, PTY_TIMEOUT);
});
