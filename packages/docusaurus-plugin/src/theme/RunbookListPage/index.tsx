import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import PageHeader from '@theme/PageHeader';
import SafeMarkdown from '@theme/SafeMarkdown';
import type { RoutePaths, RunbookSummary } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';

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
        <div className={styles.grid}>
          {runbooks.map((runbook) => (
            <article key={runbook.id} className={styles.card}>
              <div className={styles.cardTop}>
                <h2 className={styles.cardTitle}>
                  <Link to={`/${routes.runbooks}/${runbook.id}`}>{runbook.title}</Link>
                </h2>
                <span className="badge badge--primary">v{runbook.version}</span>
              </div>
              <SafeMarkdown className={styles.summary}>{runbook.summary}</SafeMarkdown>
              <div className={styles.cardMeta}>
                <span>{runbook.stepCount} steps</span>
                <span>{runbook.team}</span>
                {runbook.policy && <span>policy: {runbook.policy.title}</span>}
              </div>
            </article>
          ))}
        </div>
      </main>
    </Layout>
  );
}
