import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConnectScopes, loadRunbook, permissionCatalog, permissionMatrix, scopesCover } from '@stepwise/runbook';

const fixtures = join(import.meta.dirname, '../fixtures/runbooks');

function diagnostics(name: string): string[] {
  const file = join(fixtures, name);
  return loadRunbook(readFileSync(file, 'utf8'), name).diagnostics.map((d) => `${d.file}:${d.range.start.line}:${d.range.start.column} ${d.severity} ${d.code}${d.hint ? ` (${d.hint})` : ''}`);
}

describe('roles and permissions as data (issue 12)', () => {
  it('reports unknown names with did-you-mean, scopes not requested or not declared, and a role that lacks what a step needs', () => {
    expect(diagnostics('broken-requirements.yaml')).toEqual([
      'broken-requirements.yaml:12:27 error runbook-unknown-entra-role (Did you mean "Privileged Authentication Administrator"?)',
      'broken-requirements.yaml:20:18 error runbook-unknown-licence (Did you mean "Microsoft Entra ID P1"?)',
      "broken-requirements.yaml:24:15 error runbook-scope-not-requested (Add 'User.RevokeSessions.All' to -Scopes.)",
      'broken-requirements.yaml:24:15 warning runbook-scope-not-declared (Declare every scope the command asks for, so the page shows it and reviewers see least privilege.)',
      'broken-requirements.yaml:18:19 warning runbook-role-lacks-requirement (Give the step to a role that holds one of them, or add the role to what this role holds.)',
      'broken-requirements.yaml:31:21 error runbook-unknown-graph-scope (Did you mean "User.RevokeSessions.All"?)',
      'broken-requirements.yaml:32:28 error runbook-unknown-exchange-role-group (Did you mean "Recipient Management"?)',
      // The command declares User.Read.All; Directory.Read.All covers it but is broader than declared.
      'broken-requirements.yaml:36:15 warning runbook-scope-not-declared (Declare every scope the command asks for, so the page shows it and reviewers see least privilege.)',
      'broken-requirements.yaml:32:27 warning runbook-role-lacks-requirement (Give the step to a role that holds one of them, or add the role to what this role holds.)',
      // Get-MgDomain needs Domain.Read.All; the cmdlet named in a comment needs nothing.
      'broken-requirements.yaml:46:15 warning runbook-cmdlet-scope-missing (Declare it under requires.graphScopes and ask for it in Connect-MgGraph -Scopes (https://learn.microsoft.com/powershell/module/microsoft.graph.identity.directorymanagement/get-mgdomain).)',
    ]);
  });

  it('counts a broader scope as covering a narrower one, and reads every way of writing -Scopes', () => {
    expect(scopesCover(['Directory.Read.All'], 'User.Read.All')).toBe(true);
    expect(scopesCover(['User.Read.All'], 'User.ReadWrite.All')).toBe(false);
    expect(scopesCover(['user.readwrite.all'], 'User.Read.All')).toBe(false); // includes are looked up by the catalogue's spelling
    expect(findConnectScopes(`Connect-MgGraph -Scopes "AuditLog.Read.All","Directory.Read.All" -NoWelcome\nConnect-MgGraph -Scopes User.Read.All, Domain.Read.All\nConnect-MgGraph`).map((c) => c.scopes)).toEqual([
      ['AuditLog.Read.All', 'Directory.Read.All'],
      ['User.Read.All', 'Domain.Read.All'],
      [],
    ]);
  });

  it('ships each catalogue entry with a Microsoft Learn source URL', () => {
    for (const kind of ['entraRoles', 'graphScopes', 'exchangeRoleGroups', 'licences'] as const) {
      expect(permissionCatalog[kind].size, kind).toBeGreaterThan(5);
      for (const entry of permissionCatalog[kind].values()) expect(entry.url, entry.name).toMatch(/^https:\/\/learn\.microsoft\.com\//);
    }
    expect(permissionCatalog.entraRoles.get('Privileged Authentication Administrator')?.templateId).toBe('7be44c8a-adaf-4e2a-84d6-ab2649e08a13');
    for (const entry of permissionCatalog.graphScopes.values()) for (const narrower of entry.includes ?? []) expect(permissionCatalog.graphScopes.has(narrower), `${entry.name} includes ${narrower}`).toBe(true);
  });

  it('builds the matrix of steps against Entra roles, the step and its commands together', () => {
    const loaded = loadRunbook(readFileSync(join(fixtures, 'broken-requirements.yaml'), 'utf8'), 'x.yaml');
    const matrix = permissionMatrix(loaded.runbook!);
    expect(matrix.entraRoles).toEqual(['User Administrator']);
    expect(matrix.rows.map((r) => [r.stepId, r.role, r.requires.graphScopes])).toEqual([
      ['revoke', 'desk', ['User.RevokeSessions.All', 'User.Read.All']],
      ['rules', 'admin', ['User.Revoke.Sessions', 'User.Read.All']],
      ['domain', 'desk', ['User.Read.All']],
    ]);
  });
});

describe('placeholders (issue 12)', () => {
  it('reports unknown, unbound, duplicate, unused and unquoted placeholders at their nodes', () => {
    expect(diagnostics('broken-placeholders.yaml').filter((d) => !d.includes('runbook-cmdlet-scope-missing'))).toEqual([
      'broken-placeholders.yaml:11:28 error runbook-unknown-input (Did you mean "account"?)',
      'broken-placeholders.yaml:12:13 error runbook-duplicate-placeholder',
      'broken-placeholders.yaml:21:15 warning runbook-unquoted-placeholder (Write \'<domain>\' (single quotes), so any value can be escaped.)',
      'broken-placeholders.yaml:21:15 error runbook-unknown-placeholder (Declare it under placeholders, bound to a run input.)',
      'broken-placeholders.yaml:13:13 warning runbook-unused-placeholder (Remove it, or use it in a command.)',
    ]);
  });
});
