import { describe, expect, it } from 'vitest';
import { fillCommand, findPlaceholders, quoteForPowerShell, type Placeholder } from '@stepwise/runbook';

const placeholders: Placeholder[] = [
  { name: 'upn', input: 'account', description: 'The account' },
  { name: 'domain.example', input: 'account', part: 'domain', description: 'The domain of the account' },
  { name: 'sAMAccountName', description: "The account's pre-Windows 2000 logon name" },
];

const fill = (code: string, account: string | undefined, language: 'powershell' | 'shell' = 'powershell') => fillCommand({ code, language }, placeholders, { account });

describe('fillCommand: commands filled from the run, escaped for PowerShell (about_Quoting_Rules)', () => {
  it('fills single-quoted placeholders and the domain part of an input', () => {
    const filled = fill("Get-MgUser -UserId '<upn>'\nGet-MgDomain -DomainId '<domain.example>'", 'ana.lopez@example.org');
    expect(filled.code).toBe("Get-MgUser -UserId 'ana.lopez@example.org'\nGet-MgDomain -DomainId 'example.org'");
    expect(filled.complete).toBe(true);
    expect(filled.parts.filter((p) => p.kind === 'value').map((p) => p.name)).toEqual(['upn', 'domain.example']);
  });

  it("doubles every single-quote character inside '…', typographic ones included", () => {
    expect(fill("Get-MgUser -UserId '<upn>'", "o'brien@example.org").code).toBe("Get-MgUser -UserId 'o''brien@example.org'");
    expect(fill("Get-MgUser -UserId '<upn>'", 'o\u2019brien@example.org').code).toBe("Get-MgUser -UserId 'o\u2019\u2019brien@example.org'");
    // A value trying to close the string and run a command stays inside it.
    expect(fill("Get-MgUser -UserId '<upn>'", "x'; Remove-MgUser -UserId 'y@example.org").code).toBe("Get-MgUser -UserId 'x''; Remove-MgUser -UserId ''y@example.org'");
  });

  it('escapes $, backtick and double quotes inside "…", and doubles \' in an OData literal within it', () => {
    expect(fill('Write-Host "user <upn>"', 'a$b`c"d@example.org').code).toBe('Write-Host "user a`$b``c`"d@example.org"');
    expect(fill(`Get-MgAuditLogSignIn -Filter "userPrincipalName eq '<upn>'"`, "o'brien@example.org").code).toBe(`Get-MgAuditLogSignIn -Filter "userPrincipalName eq 'o''brien@example.org'"`);
  });

  it('refuses what cannot be quoted safely, and leaves the placeholder to type', () => {
    const bare = fill('Get-MgUser -UserId <upn>', "o'brien@example.org");
    expect(bare.code).toBe('Get-MgUser -UserId <upn>');
    expect(bare.problems.map((p) => p.reason)).toEqual(['unquotable']);
    expect(fill('Get-MgUser -UserId <upn>', 'ana@example.org').code).toBe('Get-MgUser -UserId ana@example.org');
    expect(fill("Get-MgUser -UserId '<upn>'", 'a\nb@example.org').problems.map((p) => p.reason)).toEqual(['unquotable']);
    expect(fill("id '<upn>'", "o'brien@example.org", 'shell').problems.map((p) => p.reason)).toEqual(['unquotable']);
    expect(quoteForPowerShell('-Confirm:$false', 'bare')).toBeUndefined();
  });

  it('says which placeholders are left: no value in the run, typed by hand, or undeclared', () => {
    const filled = fill("Get-ADUser -Identity '<sAMAccountName>'; Get-MgUser -UserId '<upn>'; '<nope>'", undefined);
    expect(filled.complete).toBe(false);
    expect(filled.problems.map((p) => [p.placeholder, p.reason])).toEqual([['sAMAccountName', 'manual'], ['upn', 'no-value'], ['nope', 'undeclared']]);
    expect(filled.code).toBe("Get-ADUser -Identity '<sAMAccountName>'; Get-MgUser -UserId '<upn>'; '<nope>'");
  });

  it('reads the quoting around each placeholder, and skips names with spaces', () => {
    expect(findPlaceholders("'<a>' \"<b>\" \"x '<c>'\" <d> # '<e>'\n'it''s <f>' <policy name>").map((u) => `${u.name}:${u.quoting}`)).toEqual(['a:single', 'b:double', 'c:double-single', 'd:bare', 'e:bare', 'f:single']);
  });
});
