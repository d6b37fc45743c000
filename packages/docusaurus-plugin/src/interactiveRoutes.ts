import type { PluginContentLoadedActions } from '@docusaurus/types';
import type { EvaluablePolicy, PolicyDocument } from '@stepwise/policy';
import type { CheckerData, CheckerRouteProps, RunbookBundle, RunChecklistRouteProps, VerifyRouteProps } from './browser/interactiveData';
import type { SiteContent } from './content/types';
import type { PluginOptions } from './options';

export interface InteractiveRoutesInput {
  content: SiteContent;
  options: PluginOptions;
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
export async function addInteractiveRoutes({ content, options, actions, checkerRoute = false }: InteractiveRoutesInput): Promise<void> {
  const { routes } = options;
  // Everything comes from the one load in `loadContent`: nothing is read or computed twice.
  const { interactive } = content;
  const checker: CheckerData = {
    policies: interactive.policies.map((policy) => ({ id: policy.id, title: policy.title, document: checkerDocument(policy) })),
    clauses: interactive.clauses,
    routes,
  };
  await actions.createData('checker-policies.json', JSON.stringify(checker));

  for (const { summary, page } of content.runbooks) {
    const bundle: RunbookBundle = { runbook: page.runbook, source: interactive.runbookSources[summary.id]!, file: page.source.path };
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

/**
 * What the checker evaluates: the resolved policy without examples or chain bookkeeping, and
 * without `extends` (already applied), so the engine takes it as a policy that extends nothing.
 */
function checkerDocument(policy: PolicyDocument & { chain?: unknown; levels?: unknown }): EvaluablePolicy {
  const { examples: _examples, chain: _chain, levels: _levels, $schema: _schema, extends: _extends, ...rest } = policy;
  return rest;
}
