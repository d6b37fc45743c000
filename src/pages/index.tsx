import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Layout from '@theme/Layout';
import styles from './index.module.css';

const AUDIENCES = [
  { title: 'IT staff', to: '/docs/it-staff/', text: 'Follow a runbook step by step, with the commands to run and the evidence to record.' },
  { title: 'Policy authors', to: '/docs/policy-authors/', text: 'Write password policies in YAML, test them with examples, and see where they conform.' },
  { title: 'Auditors', to: '/docs/auditors/', text: 'Trace every standard clause to the policy rules and runbook steps that answer it.' },
  { title: 'Tool builders', to: '/docs/tool-builders/', text: 'Use the CLI in pipelines, or import @stepwise/policy in your own tools.' },
];

const SECTIONS = [
  { title: 'Runbooks', to: '/runbooks/', text: 'Procedures as checklists: steps, sub-checks, evidence, commands.' },
  { title: 'Policies', to: '/policies/', text: 'Every rule in plain words, with its clauses and examples.' },
  { title: 'Standards', to: '/standards/', text: 'NIST, OWASP ASVS, PCI DSS, CIS and Microsoft, clause by clause.' },
  { title: 'Audit', to: '/audit', text: 'Conformance and traceability matrices, conflicts, source revisions.' },
];

export default function Home(): ReactNode {
  const { siteConfig } = useDocusaurusContext();
  return (
    <Layout title="Runbooks and password policies as code" description={siteConfig.tagline}>
      <header className={styles.hero}>
        <div className="container">
          <h1 className={styles.title}>{siteConfig.title}</h1>
          <p className={styles.tagline}>{siteConfig.tagline}</p>
          <div className={styles.actions}>
            <Link className="button button--primary button--lg" to="/runbooks/">Browse runbooks</Link>
            <Link className="button button--secondary button--lg" to="/docs/intro">Read the docs</Link>
          </div>
        </div>
      </header>
      <main className="container margin-vert--xl">
        <div className={styles.grid}>
          {SECTIONS.map((section) => (
            <Link key={section.to} to={section.to} className={styles.card}>
              <h2>{section.title}</h2>
              <p>{section.text}</p>
            </Link>
          ))}
        </div>
        <h2 className="margin-top--xl">Start here</h2>
        <div className={styles.grid}>
          {AUDIENCES.map((audience) => (
            <Link key={audience.to} to={audience.to} className={styles.card}>
              <h3>{audience.title}</h3>
              <p>{audience.text}</p>
            </Link>
          ))}
        </div>
      </main>
    </Layout>
  );
}
