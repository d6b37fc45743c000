import type { SwizzleConfig } from '@docusaurus/types';

/**
 * The components a site may wrap or eject without depending on internals (`docusaurus swizzle`
 * lists them as safe). Each imports only its own folder, `@theme/...` and the package's public
 * entries, so an ejected copy builds unchanged. Components not listed here (and the helper files
 * inside a component's folder) stay "unsafe": their props may change in any release.
 * Format: Docusaurus `SwizzleConfig` (theme-classic's getSwizzleConfig is the model).
 */
const SAFE: Record<string, string> = {
  RunbookPage: 'The page of one runbook: header, steps, source footer.',
  RunbookListPage: 'The list of runbooks.',
  PolicyPage: 'The page of one policy: rules in plain words, conformance, checker.',
  PolicyListPage: 'The list of policies.',
  StandardPage: 'The page of one standard: its clauses and the policies that meet them.',
  StandardListPage: 'The list of standards.',
  AuditPage: 'The audit view: traceability from runbook steps to policy rules to clauses.',
  CheckerPage: 'The password checker page (no password leaves the browser).',
  PageHeader: 'The title block shared by the generated pages.',
  SourceFooter: 'The footer naming the YAML file, its revision and an edit link.',
  StepCard: 'One runbook step on the runbook page.',
  CatalogCard: 'One card of a list page.',
  CatalogGrid: 'The grid of cards of a list page.',
  OutcomeBadge: 'The met / not met / not checkable badge.',
  ClauseLink: 'A link to a standard clause.',
  RunbookSteps: 'The steps of a runbook, for MDX pages: <RunbookSteps id="..."/>.',
  PolicyRules: 'The rules of a policy, for MDX pages: <PolicyRules id="..."/>.',
};

export function getSwizzleConfig(): SwizzleConfig {
  return {
    components: Object.fromEntries(Object.entries(SAFE).map(([name, description]) => [name, { actions: { eject: 'safe', wrap: 'safe' }, description }])),
  };
}
