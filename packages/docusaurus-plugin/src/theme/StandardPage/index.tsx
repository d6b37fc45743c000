import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import ClauseLink from '@theme/ClauseLink';
import OutcomeBadge from '@theme/OutcomeBadge';
import PageHeader from '@theme/PageHeader';
import SourceFooter from '@theme/SourceFooter';
import type { StandardPageData } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';
import { groupByRunbook } from '@stepwise/docusaurus-plugin/client';
import { useAnchors } from '@stepwise/docusaurus-plugin/client';

export interface Props {
  data: StandardPageData;
}

/**
 * `/standards/<id>`: each clause with every policy's outcome, the rules that cite it and the
 * runbook steps that answer it, so an auditor can go from a clause to all its evidence.
 */
export default function StandardPage({ data }: Props): ReactNode {
  const { standard, routes } = data;
  const anchor = useAnchors();
  return (
    <Layout title={standard.title} description={standard.summary.slice(0, 160)}>
      <PageHeader
        section={{ title: 'Standards', to: `/${routes.standards}/` }}
        title={standard.title}
        kicker={
          <>
            <code>{standard.id}</code>
            {standard.version && <span className="badge badge--primary">{standard.version}</span>}
            <span>{data.clauses.length} clauses</span>
            {standard.url && <a href={standard.url} target="_blank" rel="noopener noreferrer">Primary document</a>}
          </>
        }
      >
        <p>{standard.summary}</p>
      </PageHeader>
      <main className="container margin-vert--lg">
        <h2 id="clauses">Clauses</h2>
        <div className={styles.clauses}>
          {data.clauses.map((clause) => (
            <section key={clause.id} id={anchor(clause.id)} className={styles.clause} aria-labelledby={`${clause.id}-title`}>
              <header className={styles.clauseHeader}>
                <h3 id={`${clause.id}-title`} className={styles.clauseTitle}>
                  <code>{clause.id}</code> {clause.title !== clause.id && clause.title}
                </h3>
                {clause.strength && <span className={styles.strength}>{clause.strength}</span>}
              </header>
              {clause.text && clause.text !== clause.title && <p className={styles.text}>{clause.text}</p>}
              <div className={styles.grid}>
                <div>
                  <h4 className={styles.label}>Policies</h4>
                  {clause.policies.length === 0 && <p className={styles.none}>No policy assessed.</p>}
                  <ul className={styles.list}>
                    {clause.policies.map((p) => (
                      <li key={p.id} title={p.message}>
                        <OutcomeBadge outcome={p.outcome} title={p.message} />{' '}
                        <Link to={`/${routes.policies}/${p.id}#conformance-${standard.id}`}>{p.title}</Link>
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h4 className={styles.label}>Rules that cite it</h4>
                  {clause.rules.length === 0 && <p className={styles.none}>None.</p>}
                  <ul className={styles.list}>
                    {clause.rules.map((r) => (
                      <li key={`${r.policy}/${r.rule}`}>
                        <Link to={`/${routes.policies}/${r.policy}#rule-${r.rule}`}>
                          <code>{r.rule}</code>
                        </Link>{' '}
                        <span className={styles.none}>in {r.policy}</span>
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h4 className={styles.label}>Runbook steps</h4>
                  {clause.steps.length === 0 && <p className={styles.none}>None.</p>}
                  <ul className={styles.list}>
                    {groupByRunbook(clause.steps).map((group) => (
                      <li key={group.runbook}>
                        <span className={styles.runbook}>{group.runbookTitle}</span>
                        <ul className={styles.steps}>
                          {group.items.map((s) => (
                            <li key={`${s.step}/${s.via}`}>
                              <Link to={`/${routes.runbooks}/${s.runbook}#${s.step}`}>{s.stepTitle}</Link>
                              {s.via !== 'clause' && <span className={styles.none}> (via {s.via.slice(5)})</span>}
                            </li>
                          ))}
                        </ul>
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </section>
          ))}
        </div>

        {data.conflicts.length > 0 && (
          <section className="margin-vert--lg">
            <h2 id="conflicts">Conflicts with other standards</h2>
            {data.conflicts.map((conflict) => (
              <div key={conflict.id} className="alert alert--warning margin-bottom--md" id={anchor(`conflict-${conflict.id}`)}>
                <strong>{conflict.title}</strong>
                <p className="margin-vert--sm">{conflict.description}</p>
                <div>{conflict.clauses.map((c) => <ClauseLink key={c.id} clause={c} standardsPath={routes.standards} />)}</div>
              </div>
            ))}
          </section>
        )}
        <SourceFooter source={data.source} />
      </main>
    </Layout>
  );
}
