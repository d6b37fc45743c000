import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export interface Props {
  /** Where the card leads; the whole card is the link's target area. */
  to: string;
  title: string;
  /** Shown beside the title (a version badge, say). */
  badge?: ReactNode;
  /** The summary under the title. */
  summary: ReactNode;
  /** The line of facts at the bottom (counts, owner, outcomes). */
  children?: ReactNode;
  /** A second link above the card's own (the run page of a runbook). */
  action?: { to: string; label: ReactNode };
}

/** One entry of a catalogue page (runbooks, standards): title, summary and a line of facts. */
export default function CatalogCard({ to, title, badge, summary, children, action }: Props): ReactNode {
  return (
    <article className={styles.card}>
      <div className={styles.top}>
        <h2 className={styles.title}>
          <Link to={to}>{title}</Link>
        </h2>
        {badge}
      </div>
      <div className={styles.summary}>{summary}</div>
      {children && <div className={styles.meta}>{children}</div>}
      {action && (
        <Link className={`button button--sm button--primary ${styles.action}`} to={action.to}>
          {action.label}
        </Link>
      )}
    </article>
  );
}
