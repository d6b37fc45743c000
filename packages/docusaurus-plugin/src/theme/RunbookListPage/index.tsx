import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import CatalogCard from '@theme/CatalogCard';
import CatalogGrid from '@theme/CatalogGrid';
import PageHeader from '@theme/PageHeader';
import SafeMarkdown from '@theme/SafeMarkdown';
import type { RoutePaths, RunbookSummary } from '@stepwise/docusaurus-plugin';

export interface Props {
  runbooks: RunbookSummary[];
  routes: RoutePaths;
}

/** `/runbooks/`: every runbook as a card. */
export default function RunbookListPage({ runbooks, routes }: Props): ReactNode {
  return (
    <Layout title="Runbooks" description="Procedures IT staff follow step by step, with evidence for the audit trail.">
      <PageHeader section={{ title: 'Home', to: '/' }} title="Runbooks">
        <p>Procedures IT staff follow step by step, recording evidence for the audit trail. Each step cites the policy rules and standard clauses it answers.</p>
      </PageHeader>
      <main className="container margin-vert--lg">
        {runbooks.length === 0 && <p>No runbooks yet: add a YAML file to <code>runbooks/</code>.</p>}
        <CatalogGrid>
          {runbooks.map((runbook) => (
            <CatalogCard
              key={runbook.id}
              to={`/${routes.runbooks}/${runbook.id}`}
              title={runbook.title}
              badge={<span className="badge badge--primary">v{runbook.version}</span>}
              summary={<SafeMarkdown>{runbook.summary}</SafeMarkdown>}
              action={{ to: `/${routes.runbooks}/${runbook.id}/run`, label: <>Start a run<span className="sr-only">: {runbook.title}</span></> }}
            >
              <span>{runbook.stepCount} steps</span>
              <span>{runbook.team}</span>
              {runbook.policy && <span>policy: {runbook.policy.title}</span>}
            </CatalogCard>
          ))}
        </CatalogGrid>
      </main>
    </Layout>
  );
}
