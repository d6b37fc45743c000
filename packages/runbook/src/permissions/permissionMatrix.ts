import type { Requirements, Runbook, Step } from '../types';

export interface PermissionMatrixRow {
  stepId: string;
  title: string;
  /** The runbook role (`roles[].id`) that performs the step. */
  role: string;
  /** The step's needs together with those of its commands (commands may apply in some runs only). */
  requires: Requirements;
}

/** Steps against the Entra roles any of them names: who can do what, for the runbook page and auditors. */
export interface PermissionMatrix {
  /** Column order: the roles as they first appear in the steps (steps list the least privileged first). */
  entraRoles: string[];
  rows: PermissionMatrixRow[];
}

const KINDS = ['entraRoles', 'graphScopes', 'exchangeRoleGroups', 'adDelegation', 'licences'] as const;

/** Merges a step's `requires` with its commands' (names kept in order, once each). */
export function stepRequirements(step: Step): Requirements {
  const merged: Requirements = {};
  for (const source of [step.requires, ...(step.commands ?? []).map((c) => c.requires)]) {
    if (!source) continue;
    for (const kind of KINDS) {
      const names = source[kind];
      if (!names) continue;
      const list = (merged[kind] ??= []);
      for (const name of names) if (!list.includes(name)) list.push(name);
    }
  }
  return merged;
}

/** The matrix of a runbook's steps against roles; steps that need nothing have empty requirements. */
export function permissionMatrix(runbook: Runbook): PermissionMatrix {
  const rows = runbook.steps.map((step) => ({ stepId: step.id, title: step.title, role: step.role, requires: stepRequirements(step) }));
  const entraRoles: string[] = [];
  for (const row of rows) for (const role of row.requires.entraRoles ?? []) if (!entraRoles.includes(role)) entraRoles.push(role);
  return { entraRoles, rows };
}
