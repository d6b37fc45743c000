import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import styles from './styles.module.css';

export interface Props {
  /** Breadcrumb: section title and path. */
  section: { title: string; to: string };
  title: string;
  kicker?: ReactNode;
  children?: ReactNode;
}

/** The band at the top of every generated page: breadcrumb, title, badges, summary. */
export default function PageHeader({ section, title, kicker, children }: Props): ReactNode {
  return (
    <header className={styles.header}>
      <div className="container">
        <nav aria-label="Breadcrumb" className={styles.crumbs}>
          <Link to={section.to}>{section.title}</Link>
          <span aria-hidden="true"> / </span>
        </nav>
        <h1 className={styles.title}>{title}</h1>
        {kicker && <div className={styles.kicker}>{kicker}</div>}
        {children && <div className={styles.lead}>{children}</div>}
      </div>
    </header>
  );
}
