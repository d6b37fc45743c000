import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import OutcomeBadge from '@theme/OutcomeBadge';
import PageHeader from '@theme/PageHeader';
import type { PolicySummary, RoutePaths, StandardName } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';

export interface Props {
  policies: PolicySummary[];
  standards: StandardName[];
  routes: RoutePaths;
}

/** `/policies/`: every policy with its conformance against every standard. */
export default function PolicyListPage({ policies, standards, routes }: Props): ReactNode {
  return (
    <Layout title="Policies" description="Password policies as code, with their conformance to each standard.">
      <PageHeader section={{ title: 'Home', to: '/' }} title="Password policies">
        <p>Each policy is a YAML file checked by the same engine as the CLI. The badges show how each policy fares against each standard; <Link to={`/${routes.audit}`}>the audit view</Link> has the full matrix.</p>
      </PageHeader>
      <main className="container margin-vert--lg">
        {policies.length === 0 && <p>No policies yet: add a YAML file to <code>policy/</code>.</p>}
        <div className={styles.list}>
          {policies.map((policy) => (
            <article key={policy.id} className={styles.row}>
              <div className={styles.main}>
                <h2 className={styles.title}>
                  <Link to={`/${routes.policies}/${policy.id}`}>{policy.title}</Link>
                </h2>
                <div className={styles.meta}>
                  <code>{policy.id}</code>
                  <span>v{policy.version}</span>
                  <span>{policy.ruleCount} rules</span>
                  {policy.extends && <span>extends {policy.extends}</span>}
                  {policy.emulates && <span>emulates {policy.emulates}</span>}
                </div>
                <p className={styles.summary}>{firstSentence(policy.summary)}</p>
              </div>
              <ul className={styles.badges} aria-label="Conformance">
                {standards.map((standard) => {
                  const c = policy.conformance.find((x) => x.standard === standard.id);
                  if (!c) return null;
                  return (
                    <li key={standard.id}>
                      <span className={styles.std} title={standard.title}>{standard.short}</span>
                      <OutcomeBadge outcome={c.overall} />
                    </li>
                  );
                })}
              </ul>
            </article>
          ))}
        </div>
      </main>
    </Layout>
  );
}

function firstSentence(text: string): string {
  const plain = text.replace(/[`*_#>[\]]/g, '').replace(/\s+/g, ' ').trim();
  const end = plain.search(/\.\s/);
  return end > 0 && end < 240 ? plain.slice(0, end + 1) : plain.slice(0, 240);
}
