import type { ReactNode } from 'react';
import styles from './styles.module.css';

export interface Props {
  children?: ReactNode;
}

/** The responsive grid that holds a catalogue page's cards. */
export default function CatalogGrid({ children }: Props): ReactNode {
  return <div className={styles.grid}>{children}</div>;
}
