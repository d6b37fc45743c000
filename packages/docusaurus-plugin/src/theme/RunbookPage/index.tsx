import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import PageHeader from '@theme/PageHeader';
import PermissionMatrix from '@theme/PermissionMatrix';
import RunbookStepList from '@theme/RunbookStepList';
import SafeMarkdown from '@theme/SafeMarkdown';
import SourceFooter from '@theme/SourceFooter';
import { FieldTable } from '@theme/StepCard';
import type { RunbookPageData } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';

export interface Props {
  data: RunbookPageData;
}

/** `/runbooks/<id>`: the whole procedure, readable on its own and printable. */
export default function RunbookPage({ data }: Props): ReactNode {
  const { runbook, routes } = data;
  return (
    <Layout title={runbook.title} description={plain(runbook.summary)}>
      <PageHeader
        section={{ title: 'Runbooks', to: `/${routes.runbooks}/` }}
        title={runbook.title}
        kicker={
          <>
            <span className="badge badge--primary">v{runbook.version}</span>
            <span>Owned by <strong>{runbook.owner.team}</strong></span>
            {data.policy && (
              <span>
                Applies policy <Link to={`/${routes.policies}/${data.policy.id}`}>{data.policy.title}</Link>
              </span>
            )}
            <span>{runbook.steps.length} steps</span>
          </>
        }
      >
        {/* The page's main action, at the top and above the summary, however long that is (issue 14 item 6); the run has its own page, so no step is shown twice. */}
        <div className={styles.runActions}>
          <Link className="button button--primary button--lg" to={`/${routes.runbooks}/${runbook.id}/run`} data-testid="start-run-link">
            Start a run
          </Link>
          <Link className="button button--secondary button--lg" to={`/${routes.runbooks}/${runbook.id}/run`}>
            Continue or resume a run
          </Link>
        </div>
        <SafeMarkdown>{runbook.summary}</SafeMarkdown>
      </PageHeader>

      <main className="container margin-vert--lg">
        <div className="row">
          <div className="col col--9">
            <div className={styles.facts}>
              <Fact title="Roles">
                <ul className={styles.plainList}>
                  {runbook.roles.map((role) => (
                    <li key={role.id}>
                      <strong>{role.title}</strong>
                      {role.description && <SafeMarkdown className={styles.muted}>{role.description}</SafeMarkdown>}
                    </li>
                  ))}
                </ul>
              </Fact>
              {runbook.variants && runbook.variants.length > 0 && (
                <Fact title="Variants">
                  <ul className={styles.plainList}>
                    {runbook.variants.map((variant) => (
                      <li key={variant.id}>
                        <strong>{variant.title}</strong>
                        {variant.description && <SafeMarkdown className={styles.muted}>{variant.description}</SafeMarkdown>}
                      </li>
                    ))}
                  </ul>
                </Fact>
              )}
              {runbook.audiences && runbook.audiences.length > 0 && (
                <Fact title="Written for">
                  <div className={styles.badges}>
                    {runbook.audiences.map((audience) => <span key={audience} className="badge badge--secondary">{audience}</span>)}
                  </div>
                </Fact>
              )}
            </div>

            {runbook.inputs && runbook.inputs.length > 0 && (
              <section className="margin-vert--lg">
                <h2 id="inputs">Inputs</h2>
                <p className={styles.muted}>Recorded when a run starts.</p>
                <FieldTable fields={runbook.inputs} />
              </section>
            )}

            {runbook.placeholders && runbook.placeholders.length > 0 && (
              <section className="margin-vert--lg">
                <h2 id="placeholders">Placeholders in the commands</h2>
                <p className={styles.muted}>A run fills these into the commands, escaped for PowerShell quoting; the rest you type.</p>
                <div className={styles.scroll} tabIndex={0} role="region" aria-label="Placeholders in the commands">
                  <table className={styles.table} data-testid="placeholders">
                    <thead><tr><th scope="col">Placeholder</th><th scope="col">Filled from</th><th scope="col">What it is</th></tr></thead>
                    <tbody>
                      {runbook.placeholders.map((p) => (
                        <tr key={p.name}>
                          <td><code>{`<${p.name}>`}</code></td>
                          <td>{p.input ? <>input <code>{p.input}</code>{p.part ? ` (${p.part === 'domain' ? 'part after the @' : 'part before the @'})` : ''}</> : 'typed by the engineer'}</td>
                          <td>{p.description}{p.example && <> (for example <code>{p.example}</code>)</>}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            )}

            <section className="margin-vert--lg">
              <h2 id="permissions">Who can do each step</h2>
              <p className={styles.muted}>Steps against the Microsoft Entra built-in roles they accept (any one is enough), with the Graph scopes, Exchange role groups and licences they also need.</p>
              <PermissionMatrix matrix={data.permissions.matrix} links={data.permissions.links} roles={runbook.roles} />
            </section>

            <section className="margin-vert--lg">
              <h2 id="steps">Steps</h2>
              <RunbookStepList data={data} />
            </section>

            {runbook.references && runbook.references.length > 0 && (
              <section className="margin-vert--lg">
                <h2 id="references">References</h2>
                <ul>
                  {runbook.references.map((link) => (
                    <li key={link.url}><a href={link.url} target="_blank" rel="noopener noreferrer">{link.title}</a></li>
                  ))}
                </ul>
              </section>
            )}
            <SourceFooter source={data.source} />
          </div>
          <nav className={`col col--3 ${styles.toc}`} aria-label="Steps">
            <div className={styles.tocInner}>
              <div className={styles.tocTitle}>On this page</div>
              <ol>
                {runbook.steps.map((step) => (
                  <li key={step.id}><a href={`#${step.id}`}>{step.title}</a></li>
                ))}
              </ol>
            </div>
          </nav>
        </div>
      </main>
    </Layout>
  );
}

function Fact({ title, children }: { title: string; children: ReactNode }): ReactNode {
  return (
    <div className={styles.fact}>
      <div className={styles.factTitle}>{title}</div>
      {children}
    </div>
  );
}

/** A short plain-text description for the page's meta tag. */
function plain(markdown: string): string {
  return markdown.replace(/[`*_#>[\]()]/g, '').replace(/\s+/g, ' ').trim().slice(0, 160);
}
