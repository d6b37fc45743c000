import type { ProjectRunbook } from '@stepwise/project';
import type { ClauseIndex } from './clauseIndex';
import type { PolicyPageData, Revision, RoutePaths, RunbookPageData, RunbookSummary } from './types';
import { sourceInfo } from './sourceInfo';
import { permissionCatalog, permissionMatrix, stepRequirements, type Runbook as RunbookModel } from '@stepwise/runbook';

export interface RunbookPageInput {
  runbooks: readonly ProjectRunbook[];
  policies: ReadonlyMap<string, PolicyPageData>;
  clauses: ClauseIndex;
  revisions: ReadonlyMap<string, Revision>;
  editUrl: string;
  routes: RoutePaths;
}

/** One page per runbook: the runbook itself plus the clauses and policy rules it points at, resolved. */
export function runbookPages(input: RunbookPageInput): { summary: RunbookSummary; page: RunbookPageData }[] {
  return input.runbooks.map(({ runbook, file }) => {
    const source = sourceInfo(file, input.revisions, input.editUrl);
    const policy = runbook.policy === undefined ? undefined : input.policies.get(runbook.policy);
    // Linked only when the policy's page exists; `loadProject` reports a runbook whose policy is missing.
    const policyRef = policy ? { id: policy.policy.id, title: policy.policy.title } : undefined;
    const ruleClauses: Record<string, string[]> = {};
    if (policy) for (const rule of [...policy.rules, ...policy.lifecycle]) ruleClauses[rule.id] = rule.clauses;
    const cited = new Set<string>();
    for (const step of runbook.steps) {
      for (const clause of step.clauses ?? []) cited.add(clause);
      for (const rule of step.rules ?? []) for (const clause of ruleClauses[rule] ?? []) cited.add(clause);
    }
    const clauses = Object.fromEntries([...cited].sort().map((id) => [id, input.clauses.resolve(id)]));
    const summary: RunbookSummary = {
      id: runbook.id,
      title: runbook.title,
      version: runbook.version,
      summary: runbook.summary,
      team: runbook.owner.team,
      stepCount: runbook.steps.length,
      audiences: runbook.audiences ?? [],
      source,
    };
    if (policyRef) summary.policy = policyRef;
    const page: RunbookPageData = { runbook, clauses, ruleClauses, permissions: { matrix: permissionMatrix(runbook), links: permissionLinks(runbook) }, source, routes: input.routes };
    if (policyRef) page.policy = policyRef;
    return { summary, page };
  });
}

/** The Microsoft Learn page of every catalogued role, scope, role group and licence the runbook names. */
function permissionLinks(runbook: RunbookModel): Record<string, string> {
  const links: Record<string, string> = {};
  const kinds = ['entraRoles', 'graphScopes', 'exchangeRoleGroups', 'licences'] as const;
  const all = [...runbook.steps.map(stepRequirements), ...runbook.roles.map((r) => r.holds ?? {})];
  for (const requires of all) for (const kind of kinds) for (const name of requires[kind] ?? []) {
    const url = permissionCatalog[kind].get(name)?.url;
    if (url) links[name] = url;
  }
  return links;
}
