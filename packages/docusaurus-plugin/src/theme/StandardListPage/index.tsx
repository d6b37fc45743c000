import type { ReactNode } from 'react';
import Layout from '@theme/Layout';
import CatalogCard from '@theme/CatalogCard';
import CatalogGrid from '@theme/CatalogGrid';
import OutcomeBadge from '@theme/OutcomeBadge';
import PageHeader from '@theme/PageHeader';
import type { RoutePaths, StandardSummary } from '@stepwise/docusaurus-plugin';

export interface Props {
  standards: StandardSummary[];
  routes: RoutePaths;
}

/** `/standards/`: the standards policies are checked against. */
export default function StandardListPage({ standards, routes }: Props): ReactNode {
  return (
    <Layout title="Standards" description="The password standards policies are checked against, clause by clause.">
      <PageHeader section={{ title: 'Home', to: '/' }} title="Standards">
        <p>The requirements every policy is checked against, clause by clause. Open a standard to see which policies meet each clause, and which runbook steps answer it.</p>
      </PageHeader>
      <main className="container margin-vert--lg">
        {standards.length === 0 && <p>No standards yet: add a YAML file to <code>policy/standards/</code>.</p>}
        <CatalogGrid>
          {standards.map((standard) => (
            <CatalogCard key={standard.id} to={`/${routes.standards}/${standard.id}`} title={standard.title} summary={<p>{standard.summary}</p>}>
              <span>{standard.clauseCount} clauses</span>
              {standard.counts.meets > 0 && <OutcomeBadge outcome="meets">{standard.counts.meets} met</OutcomeBadge>}
              {standard.counts.fails > 0 && <OutcomeBadge outcome="fails">{standard.counts.fails} failed</OutcomeBadge>}
              {standard.counts.conflicts > 0 && <OutcomeBadge outcome="conflicts">{standard.counts.conflicts} in conflict</OutcomeBadge>}
            </CatalogCard>
          ))}
        </CatalogGrid>
      </main>
    </Layout>
  );
}
