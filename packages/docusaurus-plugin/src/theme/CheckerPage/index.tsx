import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useGlobalData from '@docusaurus/useGlobalData';
import Layout from '@theme/Layout';
import PageHeader from '@theme/PageHeader';
import PolicyChecker from '@theme/PolicyChecker';
import type { StepwiseGlobalData } from '@stepwise/docusaurus-plugin';

export interface Props {
  policies: { id: string; title: string }[];
  defaultPolicy?: string;
}

/** `/checker`: the page that hosts the live checker (issue 6 fills the slot). */
export default function CheckerPage({ policies, defaultPolicy }: Props): ReactNode {
  const global = useGlobalData()['docusaurus-plugin-stepwise']?.['default'] as StepwiseGlobalData | undefined;
  const routes = global?.routes;
  return (
    <Layout title="Password checker" description="Check a password against any shipped policy, privately in your browser.">
      <PageHeader section={{ title: 'Home', to: '/' }} title="Password checker">
        <p>Judge a password against any shipped policy. The password never leaves your browser.</p>
      </PageHeader>
      <main className="container margin-vert--lg">
        {defaultPolicy && <PolicyChecker policy={defaultPolicy} />}
        <h2>Policies</h2>
        <ul>
          {policies.map((policy) => (
            <li key={policy.id}>
              <Link to={`/${routes?.policies ?? 'policies'}/${policy.id}`}>{policy.title}</Link>
            </li>
          ))}
        </ul>
      </main>
    </Layout>
  );
}
