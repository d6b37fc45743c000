import { useState, type ReactNode } from 'react';
import type { Runbook } from '@stepwise/runbook';
import { runIdentity, runLabel } from '@stepwise/docusaurus-plugin/client';
import type { RunListing } from '@stepwise/docusaurus-plugin/client';
import type { StoredRun } from '@stepwise/docusaurus-plugin/client';
import { formatTime } from './formatTime';
import StoredRunExport from './StoredRunExport';
import styles from './styles.module.css';

/** A saved run that could not be read, or could be read but not resumed (then it can still be exported). */
export interface UnusableRun {
  key: string;
  runId: string;
  reason: string;
  /** Set when the data was read but did not verify against the published runbook. */
  run?: StoredRun;
}

export interface Props {
  runbook: Runbook | undefined;
  runs: RunListing['runs'];
  unusable: UnusableRun[];
  activeKey?: string;
  onResume: (key: string) => void;
  onDiscard: (key: string) => void;
}

/** Runs saved in this browser for this runbook, and the ones that could not be read or resumed. */
export default function SavedRuns({ runbook, runs, unusable, activeKey, onResume, onDiscard }: Props): ReactNode {
  const [confirming, setConfirming] = useState<string>();
  // "Keep it" gives focus back to the Discard button it replaced (never to the page body).
  const keep = (key: string) => {
    setConfirming(undefined);
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`[data-discard="${CSS.escape(key)}"]`)?.focus());
  };
  if (runs.length === 0 && unusable.length === 0) return null;
  const discardButton = (key: string, label: string) =>
    confirming === key ? (
      <span className={styles.confirm} role="group" aria-label="Confirm the discard">
        <span>Delete this run from this browser?</span>
        <button type="button" className="button button--sm button--danger" autoFocus onClick={() => { setConfirming(undefined); onDiscard(key); }}>Yes, discard</button>
        <button type="button" className="button button--sm button--secondary" onClick={() => keep(key)}>Keep it</button>
      </span>
    ) : (
      <button type="button" className="button button--sm button--link" data-discard={key} onClick={() => setConfirming(key)}>{label}</button>
    );
  return (
    <div className={styles.saved}>
      {unusable.map((entry) => (
        <div key={entry.key} className={`alert alert--danger ${styles.unreadable}`} role="alert" data-testid={entry.run ? 'unresumable-run' : 'unreadable-run'}>
          <div>
            <strong>{entry.run ? 'This saved run could not be resumed.' : 'This saved run could not be read.'}</strong> {entry.reason} It is left untouched until you discard it.
            {entry.run && runbook && <> Export it to keep its events: <StoredRunExport run={entry.run} runbook={runbook} /></>}
          </div>
          {discardButton(entry.key, 'Discard it')}
        </div>
      ))}
      {runs.length > 0 && (
        <>
          <h3 className={styles.cardTitle}>Runs saved in this browser</h3>
          <ul className={styles.savedList} data-testid="saved-runs">
            {runs.map(({ key, run }) => {
              const start = run.events[0];
              const last = run.events.at(-1);
              const inputs = start?.action === 'start' ? (start.data as { inputs?: Record<string, string> }).inputs ?? {} : {};
              const label = runbook ? runLabel(runIdentity(runbook, inputs)) : undefined;
              return (
                <li key={key} className={key === activeKey ? styles.savedActive : undefined} data-key={key}>
                  <span>
                    {label && <strong className={styles.savedLabel}>{label}</strong>}
                    Started by <strong>{start?.actor}</strong> <time dateTime={start?.at}>{formatTime(start?.at)}</time> · {run.events.length} events · last action{' '}
                    <time dateTime={last?.at}>{formatTime(last?.at)}</time>
                  </span>
                  <span className={styles.savedButtons}>
                    {key === activeKey ? <span className={styles.muted}>open below</span> : <button type="button" className="button button--sm button--secondary" onClick={() => onResume(key)}>Resume<span className="sr-only"> the run {label ?? formatTime(start?.at)}</span></button>}
                    {discardButton(key, 'Discard')}
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
