import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import PageHeader from '@theme/PageHeader';
import Checklist from '@theme/Checklist';
import type { RunChecklistRouteProps } from '@stepwise/docusaurus-plugin/client';

/** `/<runbooks>/<id>/run`: the checklist on its own page, for following a runbook during a call. */
export default function RunChecklistPage({ runbook, policy, routes }: RunChecklistRouteProps): ReactNode {
  return (
    <Layout title={`Run: ${runbook.title}`} description={`Follow ${runbook.title} as a checklist and export the audit record.`}>
      <PageHeader
        section={{ title: runbook.title, to: `/${routes.runbooks}/${runbook.id}` }}
        title={`Run: ${runbook.title}`}
        kicker={
          <>
            <span className="badge badge--primary">v{runbook.version}</span>
            {policy && <span>Policy <Link to={`/${routes.policies}/${policy.id}`}>{policy.title}</Link></span>}
            <Link to={`/${routes.audit}/verify`}>Verify an exported record</Link>
          </>
        }
      />
      <main className="container margin-vert--lg">
        <Checklist runbook={runbook.id} title="Checklist" />
      </main>
    </Layout>
  );
}
