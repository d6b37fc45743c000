import type { ReactNode } from 'react';
import type { Outcome } from '@stepwise/docusaurus-plugin';
import styles from './styles.module.css';

export interface Props {
  outcome: Outcome;
  /** Shown instead of the outcome's name, e.g. a count. */
  children?: ReactNode;
  title?: string;
}

const LABELS: Record<Outcome, string> = {
  meets: 'Meets',
  fails: 'Fails',
  conflicts: 'Conflict',
  'not-applicable': 'N/A',
  manual: 'Check by hand',
};

/** The icon keeps the badge readable without colour (WCAG 1.4.1). */
const ICONS: Record<Outcome, string> = { meets: '✓', fails: '✗', conflicts: '⚠', 'not-applicable': '–', manual: '?' };

/** A coloured pill for a conformance outcome. */
export default function OutcomeBadge({ outcome, children, title }: Props): ReactNode {
  return (
    <span className={`${styles.badge} ${styles[outcome] ?? ''}`} title={title ?? LABELS[outcome]} data-outcome={outcome}>
      <span aria-hidden="true">{ICONS[outcome]}</span> {children ?? LABELS[outcome]}
    </span>
  );
}
