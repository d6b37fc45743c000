import type { RouteConfig } from '@docusaurus/types';
import type { SiteContent } from './content/types';
import type { PluginOptions } from './options';

/** The theme component that renders each kind of page. */
const PAGES = {
  runbookList: '@theme/RunbookListPage',
  runbook: '@theme/RunbookPage',
  policyList: '@theme/PolicyListPage',
  policy: '@theme/PolicyPage',
  standardList: '@theme/StandardListPage',
  standard: '@theme/StandardPage',
  audit: '@theme/AuditPage',
  checker: '@theme/CheckerPage',
} as const;

/** Only routes: each page gets its own data as props, so a page ships nothing it does not show. */
export function addStepwiseRoutes(content: SiteContent, options: PluginOptions, addRoute: (route: RouteConfig) => void): void {
  const { routes } = options;
  addRoute({ path: `/${routes.runbooks}/`, component: PAGES.runbookList, exact: true, props: { runbooks: content.runbooks.map((r) => r.summary), routes } });
  for (const { summary, page } of content.runbooks) {
    addRoute({ path: `/${routes.runbooks}/${summary.id}`, component: PAGES.runbook, exact: true, props: { data: page } });
  }
  addRoute({ path: `/${routes.policies}/`, component: PAGES.policyList, exact: true, props: { policies: content.policies.map((p) => p.summary), standards: content.audit.standards, routes } });
  for (const { summary, page } of content.policies) {
    addRoute({ path: `/${routes.policies}/${summary.id}`, component: PAGES.policy, exact: true, props: { data: page } });
  }
  addRoute({ path: `/${routes.standards}/`, component: PAGES.standardList, exact: true, props: { standards: content.standards.map((s) => s.summary), routes } });
  for (const { summary, page } of content.standards) {
    addRoute({ path: `/${routes.standards}/${summary.id}`, component: PAGES.standard, exact: true, props: { data: page } });
  }
  addRoute({ path: `/${routes.audit}`, component: PAGES.audit, exact: true, props: { data: content.audit } });
  const policies = content.policies.map(({ summary }) => ({ id: summary.id, title: summary.title }));
  // The runbooks' policy first: it is the one most readers came to check against.
  const defaultPolicy = content.runbooks.find((r) => r.summary.policy)?.summary.policy?.id ?? policies[0]?.id;
  addRoute({ path: `/${routes.checker}`, component: PAGES.checker, exact: true, props: { policies, ...(defaultPolicy ? { defaultPolicy } : {}) } });
}
