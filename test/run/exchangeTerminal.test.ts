import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../helpers/runCli';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const RUNBOOK = join(ROOT, 'runbooks/exchange-password-reset.yaml');

// The terminal checklist shows each step's commands filled with the run's values and who can do the
// step (issue 12, items 2 and 4; packages/cli/src/terminal/showStep.ts).
describe('stepwise run on the Exchange runbook: filled commands and requirements', () => {
  it("fills <upn>, <domain.example> and <sAMAccountName>, escaping a ' for PowerShell, and names the Entra roles", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'stepwise-fill-'));
    const inputs = ['ticket=INC-0041873', "account=o'brien@example.org", 'sam-account-name=obrien', 'account-class=standard', 'reason=forgotten', 'reset-path=administrator', 'privileged=no', 'account-type=synchronized'];
    const result = await runCli(['run', RUNBOOK, '--variant', 'exchange-online', '--actor', 'alice', ...inputs.flatMap((i) => ['--input', i]), '--out', join(dir, 'r.json')], { cwd: dir, stdin: 'q\n' });
    expect(result.stdout).toContain("Get-MgUser -UserId 'o''brien@example.org'");
    expect(result.stdout).toContain("Get-MgDomain -DomainId 'example.org'");
    expect(result.stdout).toContain("Get-ADUser -Identity 'obrien'");
    expect(result.stdout).not.toContain('<upn>');
    expect(result.stdout).toContain('Entra role (any one): Authentication Administrator, Reports Reader, Global Reader');
    expect(result.stdout).toContain('Graph scopes: User.Read.All, Domain.Read.All');
  });
});
