import type { ReactNode } from 'react';
import styles from './styles.module.css';

export type OutcomeName = 'met' | 'failed' | 'conflict' | 'not-applicable' | 'manual' | 'unknown';

export interface Props {
  outcome: OutcomeName;
  /** Shown instead of the outcome's name, e.g. a count. */
  children?: ReactNode;
  title?: string;
}

const LABELS: Record<OutcomeName, string> = {
  met: 'Meets',
  failed: 'Fails',
  conflict: 'Conflict',
  'not-applicable': 'N/A',
  manual: 'Manual',
  unknown: 'Unknown',
};

const ICONS: Record<OutcomeName, string> = { met: '✓', failed: '✗', conflict: '⚠', 'not-applicable': '–', manual: '?', unknown: '?' };

/** A coloured pill for a conformance outcome; the icon keeps it readable without colour. */
export default function OutcomeBadge({ outcome, children, title }: Props): ReactNode {
  return (
    <span className={`${styles.badge} ${styles[outcome] ?? ''}`} title={title ?? LABELS[outcome]} data-outcome={outcome}>
      <span aria-hidden="true">{ICONS[outcome]}</span> {children ?? LABELS[outcome]}
    </span>
  );
}
