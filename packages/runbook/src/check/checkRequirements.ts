import { closestMatch, type NodePath } from '@stepwise/core';
import { findConnectScopes } from '../permissions/findConnectScopes';
import { findGraphCmdlets } from '../permissions/findGraphCmdlets';
import { scopesCover, type PermissionCatalog, type RequirementKind } from '../permissions/permissionCatalog';
import type { Requirements, Role, Runbook } from '../types';
import type { RunbookCode } from './codes';

type Report = (code: RunbookCode, message: string, path: NodePath, target?: 'value' | 'key', hint?: string, severity?: 'error' | 'warning') => void;

const UNKNOWN: Record<RequirementKind, { code: RunbookCode; what: string; where: string }> = {
  entraRoles: { code: 'runbook-unknown-entra-role', what: 'Microsoft Entra built-in role', where: 'Microsoft Learn, "Microsoft Entra built-in roles" (packages/runbook/catalog/entra-roles.json)' },
  graphScopes: { code: 'runbook-unknown-graph-scope', what: 'Microsoft Graph permission', where: 'the Microsoft Graph permissions reference (packages/runbook/catalog/graph-permissions.json)' },
  exchangeRoleGroups: { code: 'runbook-unknown-exchange-role-group', what: 'Exchange role group', where: 'Permissions in Exchange Online / Exchange Server (packages/runbook/catalog/exchange-role-groups.json)' },
  licences: { code: 'runbook-unknown-licence', what: 'licence', where: 'packages/runbook/catalog/licences.json' },
};

/** Names in one `requires` (or `holds`) that the catalogue does not list, with did-you-mean. */
function checkNames(requires: Requirements | undefined, base: NodePath, catalog: PermissionCatalog, report: Report): void {
  if (!requires) return;
  for (const kind of Object.keys(UNKNOWN) as RequirementKind[]) {
    (requires[kind] ?? []).forEach((name, n) => {
      const known = catalog[kind];
      if (known.has(name)) return;
      const { code, what, where } = UNKNOWN[kind];
      const suggestion = closestMatch(name, known.keys());
      report(code, `"${name}" is not a ${what} in the catalogue.`, [...base, kind, n], 'value', suggestion ? `Did you mean "${suggestion}"?` : `Names are spelled as in ${where}.`);
    });
  }
}

/**
 * Roles and permissions as data (issue 12): every name is in the shipped catalogue; every
 * `Connect-MgGraph -Scopes` of a command asks for the scopes its step (or the command itself)
 * declares, and no more; and the runbook role given a step holds one of the Entra roles and
 * Exchange role groups the step needs, when the role says what it holds.
 */
export function checkRequirements(runbook: Runbook, catalog: PermissionCatalog, report: Report): void {
  const roles = new Map<string, { role: Role; index: number }>(runbook.roles.map((role, index) => [role.id, { role, index }]));
  runbook.roles.forEach((role, r) => checkNames(role.holds, ['roles', r, 'holds'], catalog, report));
  runbook.steps.forEach((step, i) => {
    checkNames(step.requires, ['steps', i, 'requires'], catalog, report);
    (step.commands ?? []).forEach((command, c) => {
      checkNames(command.requires, ['steps', i, 'commands', c, 'requires'], catalog, report);
      if (command.language !== 'powershell') return;
      const declared = command.requires?.graphScopes ?? step.requires?.graphScopes ?? [];
      const owner = command.requires?.graphScopes ? 'the command' : `step "${step.id}"`;
      // Each catalogued Graph cmdlet needs one of its scope sets among what is declared (issue 12:
      // Get-MgDomain needs Domain.Read.All, sign-in logs AuditLog.Read.All and Directory.Read.All).
      for (const cmdlet of findGraphCmdlets(command.code)) {
        if (cmdlet.scopes.some((set) => set.every((scope) => scopesCover(declared, scope, catalog)))) continue;
        const options = cmdlet.scopes.map((set) => set.join(' and ')).join(', or ');
        report('runbook-cmdlet-scope-missing', `${cmdlet.name} needs ${options}, which ${owner} does not declare.`, ['steps', i, 'commands', c, 'code'], 'value', `Declare it under requires.graphScopes and ask for it in Connect-MgGraph -Scopes (${cmdlet.url}).`, 'warning');
      }
      for (const connect of findConnectScopes(command.code)) {
        if (connect.scopes.length === 0) continue;
        const missing = declared.filter((scope) => !scopesCover(connect.scopes, scope, catalog));
        if (missing.length) report('runbook-scope-not-requested', `Connect-MgGraph asks for ${connect.scopes.join(', ')} but ${owner} declares ${missing.join(', ')} as well: the commands that need ${missing.length > 1 ? 'them' : 'it'} would be refused.`, ['steps', i, 'commands', c, 'code'], 'value', `Add ${missing.map((m) => `'${m}'`).join(', ')} to -Scopes.`);
        const extra = connect.scopes.filter((scope) => !declared.some((d) => d.toLowerCase() === scope.toLowerCase()));
        if (extra.length) report('runbook-scope-not-declared', `Connect-MgGraph asks for ${extra.join(', ')}, which ${owner} does not declare under requires.graphScopes.`, ['steps', i, 'commands', c, 'code'], 'value', 'Declare every scope the command asks for, so the page shows it and reviewers see least privilege.', 'warning');
      }
    });
    const performer = roles.get(step.role);
    const holds = performer?.role.holds;
    if (!holds || !step.requires) return;
    for (const kind of ['entraRoles', 'exchangeRoleGroups'] as const) {
      const needed = step.requires[kind];
      if (!needed?.length) continue;
      if (needed.some((name) => (holds[kind] ?? []).includes(name))) continue;
      const label = kind === 'entraRoles' ? 'Entra role' : 'Exchange role group';
      report('runbook-role-lacks-requirement', `Step "${step.id}" needs one of the ${label}s ${needed.join(', ')}, but role "${step.role}" holds ${(holds[kind] ?? []).join(', ') || 'none'}: whoever takes the step would be refused.`, ['steps', i, 'requires', kind], 'value', 'Give the step to a role that holds one of them, or add the role to what this role holds.', 'warning');
    }
  });
}
