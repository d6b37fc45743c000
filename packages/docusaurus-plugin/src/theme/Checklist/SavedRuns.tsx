import type { ReactNode } from 'react';
import type { RunListing } from '@stepwise/docusaurus-plugin/client';
import { formatTime } from './formatTime';
import styles from './styles.module.css';

export interface Props {
  listing: RunListing;
  activeKey?: string;
  onResume: (key: string) => void;
  onDiscard: (key: string) => void;
}

/** Runs saved in this browser for this runbook, and the ones that could not be read. */
export default function SavedRuns({ listing, activeKey, onResume, onDiscard }: Props): ReactNode {
  if (listing.runs.length === 0 && listing.unreadable.length === 0) return null;
  return (
    <div className={styles.saved}>
      {listing.unreadable.map((entry) => (
        <div key={entry.key} className={`alert alert--danger ${styles.unreadable}`} role="alert" data-testid="unreadable-run">
          <div>
            <strong>This saved run could not be read.</strong> {entry.reason} It is left untouched until you discard it.
          </div>
          <button type="button" className="button button--sm button--danger" onClick={() => onDiscard(entry.key)}>Discard it</button>
        </div>
      ))}
      {listing.runs.length > 0 && (
        <>
          <h3 className={styles.cardTitle}>Runs saved in this browser</h3>
          <ul className={styles.savedList}>
            {listing.runs.map(({ key, run }) => {
              const start = run.events[0];
              const last = run.events.at(-1);
              return (
                <li key={key} className={key === activeKey ? styles.savedActive : undefined}>
                  <span>
                    Started by <strong>{start?.actor}</strong> <time dateTime={start?.at}>{formatTime(start?.at)}</time> · {run.events.length} events · last action{' '}
                    <time dateTime={last?.at}>{formatTime(last?.at)}</time>
                  </span>
                  <span className={styles.savedButtons}>
                    {key === activeKey ? <span className={styles.muted}>open below</span> : <button type="button" className="button button--sm button--secondary" onClick={() => onResume(key)}>Resume</button>}
                    <button type="button" className="button button--sm button--link" onClick={() => onDiscard(key)}>Discard</button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
