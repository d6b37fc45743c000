import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import ClauseLink from '@theme/ClauseLink';
import OutcomeBadge from '@theme/OutcomeBadge';
import PageHeader from '@theme/PageHeader';
import PolicyChecker from '@theme/PolicyChecker';
import PolicyEnforcement from '@theme/PolicyEnforcement';
import PolicyRuleTable from '@theme/PolicyRuleTable';
import SafeMarkdown from '@theme/SafeMarkdown';
import SourceFooter from '@theme/SourceFooter';
import type { ExampleView, Outcome, PolicyPageData } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';
import { useAnchors } from '@stepwise/docusaurus-plugin/client';

export interface Props {
  data: PolicyPageData;
}

const COUNTED: { outcome: Outcome; label: string }[] = [
  { outcome: 'meets', label: 'met' },
  { outcome: 'fails', label: 'failed' },
  { outcome: 'conflicts', label: 'in conflict' },
  { outcome: 'manual', label: 'to check by hand' },
];

/** `/policies/<id>`: the rules in plain words, the chain, the examples and conformance. */
export default function PolicyPage({ data }: Props): ReactNode {
  const { policy, routes } = data;
  const anchor = useAnchors();
  return (
    <Layout title={policy.title} description={policy.summary.slice(0, 160)}>
      <PageHeader
        section={{ title: 'Policies', to: `/${routes.policies}/` }}
        title={policy.title}
        kicker={
          <>
            <span className="badge badge--primary">v{policy.version}</span>
            <code>{policy.id}</code>
            {policy.extends && <span>extends <Link to={`/${routes.policies}/${policy.extends}`}>{policy.extends}</Link></span>}
            {policy.emulates && <span>emulates <strong>{policy.emulates}</strong></span>}
            {policy.normalization && <span>Unicode normalization <strong>{policy.normalization}</strong></span>}
          </>
        }
      >
        <SafeMarkdown>{policy.summary}</SafeMarkdown>
      </PageHeader>

      <main className="container margin-vert--lg">
        <section className={styles.conformance} aria-labelledby="conformance">
          <h2 id="conformance">Conformance at a glance</h2>
          {data.conformance.length === 0 && <p className={styles.muted}>No standards loaded.</p>}
          <div className={styles.cards}>
            {data.conformance.map((c) => (
              <a key={c.standard.id} href={`#conformance-${c.standard.id}`} className={styles.card}>
                <div className={styles.cardTitle} title={c.standard.title}>{c.standard.short}</div>
                <OutcomeBadge outcome={c.overall} />
                <div className={styles.counts}>
                  {COUNTED.filter(({ outcome }) => c.counts[outcome] > 0).map(({ outcome, label }) => (
                    <span key={outcome}>{c.counts[outcome]} {label}</span>
                  ))}
                </div>
              </a>
            ))}
          </div>
        </section>

        <PolicyChecker policy={policy.id} />

        <section className="margin-vert--lg">
          <h2 id="rules">Rules</h2>
          <PolicyRuleTable rules={data.rules} policy={policy.id} clauses={data.clauses} routes={routes} />
        </section>

        <section className="margin-vert--lg">
          <h2 id="lifecycle">Lifecycle</h2>
          <PolicyRuleTable rules={data.lifecycle} policy={policy.id} clauses={data.clauses} routes={routes} />
        </section>

        <PolicyEnforcement data={data.enforcement} />

        {data.chain.length > 1 && (
          <section className="margin-vert--lg">
            <h2 id="chain">What each level of the chain changes</h2>
            <ol className={styles.chain}>
              {data.chain.map((level) => (
                <li key={level.id}>
                  <div className={styles.chainTitle}>
                    {level.id === policy.id ? <strong>{level.title}</strong> : <Link to={`/${routes.policies}/${level.id}`}>{level.title}</Link>}
                    <code>{level.id}</code>
                  </div>
                  <ul>
                    {level.changes.length === 0 && <li className={styles.muted}>no changes</li>}
                    {level.changes.map((change, i) => <li key={i}>{change}</li>)}
                  </ul>
                </li>
              ))}
            </ol>
          </section>
        )}

        {(data.examples.accept.length > 0 || data.examples.reject.length > 0) && (
          <section className="margin-vert--lg">
            <h2 id="examples">Examples</h2>
            <p className={styles.muted}>Checked by <code>stepwise test</code> on every change.</p>
            <div className="row">
              <div className="col col--6"><ExampleTable title="Accepted" outcome="meets" examples={data.examples.accept} /></div>
              <div className="col col--6"><ExampleTable title="Rejected" outcome="fails" examples={data.examples.reject} /></div>
            </div>
          </section>
        )}

        <section className="margin-vert--lg">
          <h2 id="standards">Conformance by clause</h2>
          {data.conformance.map((c) => (
            <details key={c.standard.id} id={anchor(`conformance-${c.standard.id}`)} className={styles.details} open={c.overall === 'fails' || c.overall === 'conflicts'}>
              <summary>
                <strong>{c.standard.title}</strong> <OutcomeBadge outcome={c.overall} />
              </summary>
              <div className={styles.tableScroll} tabIndex={0} role="region" aria-label="Clauses">
<table className={styles.clauseTable}>
                <thead>
                  <tr><th>Clause</th><th>Outcome</th><th>Why</th></tr>
                </thead>
                <tbody>
                  {c.clauses.map((o) => (
                    <tr key={o.clause.id}>
                      <td><ClauseLink clause={o.clause} standardsPath={routes.standards} /><div className={styles.muted}>{o.clause.text}</div></td>
                      <td><OutcomeBadge outcome={o.outcome} /></td>
                      <td>{o.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
</div>
            </details>
          ))}
        </section>

        {data.runbooks.length > 0 && (
          <section className="margin-vert--lg">
            <h2 id="runbooks">Runbooks that apply it</h2>
            <ul>
              {data.runbooks.map((r) => <li key={r.id}><Link to={`/${routes.runbooks}/${r.id}`}>{r.title}</Link></li>)}
            </ul>
          </section>
        )}
        <SourceFooter source={data.source} />
      </main>
    </Layout>
  );
}

function ExampleTable({ title, outcome, examples }: { title: string; outcome: 'meets' | 'fails'; examples: ExampleView[] }): ReactNode {
  return (
    <div className={styles.examples}>
      <h3><OutcomeBadge outcome={outcome}>{title}</OutcomeBadge></h3>
      {examples.length === 0 && <p className={styles.muted}>None.</p>}
      <ul>
        {examples.map((example, i) => (
          <li key={i}>
            <code className={styles.password}>{example.password}</code>
            {example.rule && <span className={styles.rule}> by <code>{example.rule}</code></span>}
            {example.why && <div className={styles.muted}>{example.why}</div>}
          </li>
        ))}
      </ul>
    </div>
  );
}
