import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { PolicyDocument } from '@stepwise/policy';
import { loadProject } from '@stepwise/project';
import type { CheckerData, CheckerRouteProps, RunbookBundle, RunChecklistRouteProps, VerifyRouteProps } from './browser/interactiveData';
import type { SiteContent } from './content/types';
import type { PluginOptions } from './options';

export interface InteractiveRoutesInput {
  content: SiteContent;
  options: PluginOptions;
  siteDir: string;
  actions: Pick<PluginContentLoadedActions, 'addRoute' | 'createData'>;
  /** Leave out `/checker` when the plugin already adds it (it does: `addStepwiseRoutes`). */
  checkerRoute?: boolean;
}

/**
 * The interactive pages (issue 6): `/<runbooks>/<id>/run`, `/<audit>/verify` and, when asked,
 * `/<checker>`; and the data they read in the browser: `checker-policies.json` (resolved
 * policies, plain JSON) and one `run-<id>.json` per runbook (the runbook and its exact source).
 * Called from the plugin's `contentLoaded`.
 */
export async function addInteractiveRoutes({ content, options, siteDir, actions, checkerRoute = false }: InteractiveRoutesInput): Promise<void> {
  const { routes } = options;
  // The policies with `extends` applied, through the same loader as the CLI. Only policy and
  // standard files are read: the runbooks are already in `content`.
  const runbookFiles = new Set(content.runbooks.map(({ page }) => page.source.path));
  const files = content.files.filter((path) => !runbookFiles.has(path)).map((path) => ({ path, text: readFileSync(resolve(siteDir, path), 'utf8') }));
  const project = loadProject(files);
  const clauses: CheckerData['clauses'] = {};
  for (const { standard } of project.standards.values()) {
    for (const clause of standard.clauses) clauses[clause.id] ??= { standard: standard.id, title: clause.title };
  }
  const checker: CheckerData = {
    policies: [...project.policies.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((policy) => ({ id: policy.id, title: policy.title, document: checkerDocument(policy) })),
    clauses,
    routes,
  };
  await actions.createData('checker-policies.json', JSON.stringify(checker));

  for (const { summary, page } of content.runbooks) {
    const bundle: RunbookBundle = { runbook: page.runbook, source: readFileSync(resolve(siteDir, page.source.path), 'utf8'), file: page.source.path };
    await actions.createData(`run-${summary.id}.json`, JSON.stringify(bundle));
    const props: RunChecklistRouteProps = {
      runbook: { id: summary.id, title: summary.title, version: summary.version, summary: summary.summary },
      ...(page.policy ? { policy: page.policy } : {}),
      routes,
    };
    actions.addRoute({ path: `/${routes.runbooks}/${summary.id}/run`, component: '@theme/RunChecklistPage', exact: true, props: { ...props } });
  }

  const verify: VerifyRouteProps = { runbooks: content.runbooks.map(({ summary }) => ({ id: summary.id, title: summary.title, version: summary.version })), routes };
  actions.addRoute({ path: `/${routes.audit}/verify`, component: '@theme/VerifyRecordPage', exact: true, props: { ...verify } });

  if (checkerRoute) {
    const defaultPolicy = content.runbooks.find((r) => r.summary.policy)?.summary.policy?.id ?? checker.policies[0]?.id;
    const props: CheckerRouteProps = { policies: checker.policies.map(({ id, title }) => ({ id, title })), ...(defaultPolicy ? { defaultPolicy } : {}) };
    actions.addRoute({ path: `/${routes.checker}`, component: '@theme/CheckerPage', exact: true, props: { ...props } });
  }
}

/** What the checker evaluates: the resolved policy without examples or chain bookkeeping. */
function checkerDocument(policy: PolicyDocument & { chain?: unknown; levels?: unknown }): PolicyDocument {
  const { examples: _examples, chain: _chain, levels: _levels, $schema: _schema, ...rest } = policy;
  return rest;
}
