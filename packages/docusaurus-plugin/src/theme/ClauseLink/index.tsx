import type { ReactNode } from 'react';
import Link from '@docusaurus/Link';
import type { ClauseRef } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';

export interface Props {
  clause: ClauseRef;
  /** Route base of the standards pages, without slashes. */
  standardsPath: string;
}

/** A clause id as a chip linking to the clause on its standard's page. */
export default function ClauseLink({ clause, standardsPath }: Props): ReactNode {
  const title = clause.text ? `${clause.standardTitle ?? ''}: ${clause.text}` : 'No loaded standard defines this clause';
  if (!clause.standard) return <span className={styles.chip} title={title}>{clause.id}</span>;
  return (
    <Link className={styles.chip} to={`/${standardsPath}/${clause.standard}#${clause.id}`} title={title}>
      {clause.id}
    </Link>
  );
}
