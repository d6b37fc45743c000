import entraRoles from '../../catalog/entra-roles.json';
import exchangeRoleGroups from '../../catalog/exchange-role-groups.json';
import graphPermissions from '../../catalog/graph-permissions.json';
import licences from '../../catalog/licences.json';

/** One named role, permission or licence of the catalogue, with the page it comes from. */
export interface CatalogEntry {
  name: string;
  description: string;
  url: string;
  /** Entra roles: the role template id on Microsoft Learn. */
  templateId?: string;
  /** Entra roles: marked privileged on Microsoft Learn. */
  privileged?: boolean;
  /** Graph permissions: narrower permissions this one also grants (for the Connect-MgGraph check). */
  includes?: string[];
}

export type RequirementKind = 'entraRoles' | 'graphScopes' | 'exchangeRoleGroups' | 'licences';

/** The names a step's `requires` may use, by kind; `adDelegation` is free text and not listed. */
export type PermissionCatalog = Record<RequirementKind, ReadonlyMap<string, CatalogEntry>>;

function byName(entries: readonly CatalogEntry[]): ReadonlyMap<string, CatalogEntry> {
  return new Map(entries.map((e) => [e.name, e]));
}

/**
 * The shipped catalogue (packages/runbook/catalog/*.json): Microsoft Entra built-in roles from
 * Microsoft Learn "Microsoft Entra built-in roles", Graph delegated permissions from the Graph
 * permissions reference, Exchange role groups and licences; each entry carries its source URL.
 */
export const permissionCatalog: PermissionCatalog = {
  entraRoles: byName(entraRoles.roles),
  graphScopes: byName(graphPermissions.permissions),
  exchangeRoleGroups: byName(exchangeRoleGroups.roleGroups),
  licences: byName(licences.licences),
};

/** Whether the scopes granted at sign-in cover `needed`, directly or through a broader permission. */
export function scopesCover(granted: readonly string[], needed: string, catalog: PermissionCatalog = permissionCatalog): boolean {
  const wanted = needed.toLowerCase();
  return granted.some((scope) => scope.toLowerCase() === wanted || (catalog.graphScopes.get(scope)?.includes ?? []).some((s) => s.toLowerCase() === wanted));
}
