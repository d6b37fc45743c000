import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import ClauseLink from '@theme/ClauseLink';
import DriftReports from '@theme/DriftReports';
import OutcomeBadge from '@theme/OutcomeBadge';
import PageHeader from '@theme/PageHeader';
import PermissionMatrix from '@theme/PermissionMatrix';
import type { AuditPageData } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';
import { groupByRunbook } from '@stepwise/docusaurus-plugin/client';

export interface Props {
  data: AuditPageData;
}

/** `/audit`: conformance matrix, traceability, conflicts and source revisions on one page. */
export default function AuditPage({ data }: Props): ReactNode {
  const { routes } = data;
  return (
    <Layout title="Audit" description="Conformance matrix, traceability from runbook steps to standard clauses, conflicts and source revisions.">
      <PageHeader
        section={{ title: 'Home', to: '/' }}
        title="Audit"
        kicker={data.revision && (
          <span>
            Built from <code>{data.revision.commit.slice(0, 10)}</code> of <time dateTime={data.revision.date}>{data.revision.date.slice(0, 10)}</time>
          </span>
        )}
      >
        <p>Everything an auditor needs to trace a requirement: which policies meet each standard, which runbook steps apply which rules and clauses, where standards disagree, and the revision of every source file.</p>
        <nav className={styles.jump} aria-label="Sections">
          <a href="#conformance">Conformance</a>
          <a href="#traceability">Traceability</a>
          <a href="#permissions">Roles and permissions</a>
          <a href="#conflicts">Conflicts</a>
          <a href="#drift">Declared and enforced</a>
          <a href="#sources">Sources</a>
        </nav>
      </PageHeader>
      <main className="container margin-vert--lg">
        <section className="margin-bottom--xl">
          <h2 id="conformance">Conformance matrix</h2>
          <p className={styles.muted}>Policies (rows) against standards (columns). Each cell opens the clause-by-clause result.</p>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="Conformance matrix">
            <table className={styles.matrix}>
              <thead>
                <tr>
                  <th scope="col">Policy</th>
                  {data.standards.map((s) => (
                    <th key={s.id} scope="col"><Link to={`/${routes.standards}/${s.id}`} title={s.title}>{s.short}</Link></th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.policies.map((p) => (
                  <tr key={p.id}>
                    <th scope="row"><Link to={`/${routes.policies}/${p.id}`}>{p.title}</Link></th>
                    {data.standards.map((s) => {
                      const cell = data.matrix[p.id]?.[s.id];
                      return (
                        <td key={s.id}>
                          {cell ? (
                            <Link to={`/${routes.policies}/${p.id}#conformance-${s.id}`} className={styles.cell} aria-label={`${cellLabel(cell.counts)}: ${p.title} against ${s.title}, ${cell.overall}`}>
                              <OutcomeBadge outcome={cell.overall}>{cellLabel(cell.counts)}</OutcomeBadge>
                            </Link>
                          ) : (
                            <span className={styles.muted}>–</span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section className="margin-bottom--xl">
          <h2 id="traceability">Traceability</h2>
          <p className={styles.muted}>Each runbook step, grouped by runbook: the policy rules it applies, and the standard clauses those rules and the step answer.</p>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="Traceability">
            <table className={styles.trace}>
              <thead>
                <tr><th>Runbook step</th><th>Policy rules</th><th>Standard clauses</th></tr>
              </thead>
              {groupByRunbook(data.traceability).map((group) => (
                <tbody key={group.runbook}>
                  <tr className={styles.group}>
                    <th colSpan={3} scope="rowgroup">
                      <Link to={`/${routes.runbooks}/${group.runbook}`}>{group.runbookTitle}</Link>{' '}
                      <span className={styles.muted}>{group.items.length} steps</span>
                    </th>
                  </tr>
                  {group.items.map((row) => (
                    <tr key={row.step} data-step={row.step}>
                      <td>
                        <Link to={`/${routes.runbooks}/${row.runbook}#${row.step}`}>{row.stepTitle}</Link>
                      </td>
                      <td>
                        {row.rules.length === 0 && <span className={styles.muted}>–</span>}
                        {row.rules.map((rule) => (
                          <div key={rule.id} className={styles.ruleLine}>
                            {row.policy ? <Link to={`/${routes.policies}/${row.policy}#rule-${rule.id}`}><code>{rule.id}</code></Link> : <code>{rule.id}</code>}
                            {rule.clauses.length > 0 && <span className={styles.arrow}>→</span>}
                            {rule.clauses.map((c) => <ClauseLink key={c.id} clause={c} standardsPath={routes.standards} />)}
                          </div>
                        ))}
                      </td>
                      <td>
                        {row.clauses.length === 0 && <span className={styles.muted}>–</span>}
                        {row.clauses.map((c) => <ClauseLink key={c.id} clause={c} standardsPath={routes.standards} />)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              ))}
            </table>
          </div>
        </section>

        <section className="margin-bottom--xl">
          <h2 id="permissions">Roles and permissions</h2>
          <p className={styles.muted}>
            For each runbook, its steps against the Microsoft Entra built-in roles that are enough to do them, with the Graph scopes, Exchange
            role groups and licences they also need. Names are checked against the catalogue from Microsoft Learn when the site is built.
          </p>
          {(data.permissions ?? []).map(({ runbook, roles, matrix }) => (
            <PermissionMatrix key={runbook.id} matrix={matrix} roles={roles} caption={runbook.title} stepHref={(step) => `/${routes.runbooks}/${runbook.id}#${step}`} />
          ))}
        </section>

        <section className="margin-bottom--xl">
          <h2 id="conflicts">Conflicts between standards</h2>
          {data.conflicts.length === 0 && <p className={styles.muted}>No conflicts recorded.</p>}
          <div className={styles.conflicts}>
            {data.conflicts.map((conflict) => (
              <article key={conflict.id} className={styles.conflict} id={`conflict-${conflict.id}`}>
                <h3>{conflict.title}</h3>
                <p>{conflict.description}</p>
                <div>{conflict.clauses.map((c) => <ClauseLink key={c.id} clause={c} standardsPath={routes.standards} />)}</div>
              </article>
            ))}
          </div>
        </section>

        <DriftReports reports={data.drift} policiesPath={routes.policies} />

        <section>
          <h2 id="sources">Source revisions</h2>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label="Source revisions">
            <table className={styles.sources}>
              <thead>
                <tr><th>File</th><th>Last changed</th><th>Commit</th><th>Change</th></tr>
              </thead>
              <tbody>
                {data.sources.map((source) => (
                  <tr key={source.path}>
                    <td>{source.editUrl ? <a href={source.editUrl} target="_blank" rel="noopener noreferrer"><code>{source.path}</code></a> : <code>{source.path}</code>}</td>
                    <td>{source.revision ? <time dateTime={source.revision.date}>{source.revision.date.slice(0, 10)}</time> : <span className={styles.muted}>not committed</span>}</td>
                    <td>{source.revision && <code title={source.revision.commit}>{source.revision.commit.slice(0, 10)}</code>}</td>
                    <td>{source.revision?.subject}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      </main>
    </Layout>
  );
}

function cellLabel(counts: Record<string, number>): string {
  const parts: string[] = [];
  if (counts['meets']) parts.push(`${counts['meets']} met`);
  if (counts['fails']) parts.push(`${counts['fails']} failed`);
  if (counts['conflicts']) parts.push(`${counts['conflicts']} conflict`);
  return parts.join(' · ') || 'n/a';
}
