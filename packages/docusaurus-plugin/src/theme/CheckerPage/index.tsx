import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import PageHeader from '@theme/PageHeader';
import PolicyChecker from '@theme/PolicyChecker';
import { checkerData } from '@stepwise/docusaurus-plugin/client';
import styles from './styles.module.css';

export interface Props {
  policies: { id: string; title: string }[];
  defaultPolicy?: string;
}

/** `/checker`: the live checker with a policy selector and the compare view. */
export default function CheckerPage({ policies, defaultPolicy }: Props): ReactNode {
  const routes = checkerData.routes;
  const first = defaultPolicy ?? policies[0]?.id;
  return (
    <Layout title="Password checker" description="Check a password against any shipped policy, privately in your browser.">
      <PageHeader section={{ title: 'Home', to: '/' }} title="Password checker">
        <p>
          Judge a password against any shipped policy, rule by rule, with the clause of the standard each rule answers. Compare how
          every policy judges the same password.
        </p>
      </PageHeader>
      <main className="container margin-vert--lg">
        <div className="row">
          <div className="col col--8">
            {first ? <PolicyChecker policy={first} selectable title="Check a password" /> : <p>No policy is published.</p>}
          </div>
          <aside className="col col--4">
            <div className={styles.aside}>
              <h2 className={styles.asideTitle}>Your password stays here</h2>
              <ul className={styles.points}>
                <li>Checked by code running in this page; nothing is sent while you type.</li>
                <li>Never put in the address bar, browser storage, logs or any record.</li>
                <li>The word lists load once, from this site, when you first click the field.</li>
              </ul>
              <h2 className={styles.asideTitle}>Policies</h2>
              <ul className={styles.points}>
                {policies.map((policy) => (
                  <li key={policy.id}>
                    <Link to={`/${routes.policies}/${policy.id}`}>{policy.title}</Link>
                  </li>
                ))}
              </ul>
            </div>
          </aside>
        </div>
      </main>
    </Layout>
  );
}
