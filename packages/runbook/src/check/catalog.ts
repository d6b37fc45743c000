import type { PermissionCatalog } from '../permissions/permissionCatalog';

/**
 * What a runbook may refer to outside itself. Each part is optional: a check whose part is
 * missing is not run (a lone runbook can still be validated).
 */
export interface RunbookCatalog {
  /** Ids of the known password policies. */
  policies?: ReadonlySet<string>;
  /** Ids of the known standard clauses. */
  clauses?: ReadonlySet<string>;
  /** Rule ids a policy defines (length, blocklist, lifecycle.maxAgeDays, …), by policy id. */
  policyRules?: (policyId: string) => ReadonlySet<string> | undefined;
  /** Entra roles, Graph permissions, Exchange role groups and licences; default: the shipped catalogue. */
  permissions?: PermissionCatalog;
}
