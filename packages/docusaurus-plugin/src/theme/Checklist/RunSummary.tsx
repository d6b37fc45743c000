import { useState, type ReactNode } from 'react';
import type { AuditRecord, Run } from '@stepwise/runbook';
import { copyText } from '@stepwise/docusaurus-plugin/client';
import { runLabel, type RunIdentity } from '@stepwise/docusaurus-plugin/client';
import ExportButtons from './ExportButtons';
import styles from './styles.module.css';

export interface Props {
  run: Run;
  runId: string;
  record: AuditRecord;
  identity: RunIdentity;
  baseName: string;
  onClose: () => void;
}

const OUTCOME: Record<string, string> = { completed: 'Completed', escalated: 'Escalated', aborted: 'Aborted' };

/** What the run is about, progress, outcome, the head hash for the ticket, and the exports. */
export default function RunSummary({ run, runId, record, identity, baseName, onClose }: Props): ReactNode {
  const { state, runbook } = run;
  const percent = state.progress.total === 0 ? 100 : Math.round((state.progress.done / state.progress.total) * 100);
  const variant = runbook.variants?.find((v) => v.id === state.variant)?.title;
  const label = runLabel(identity);
  const actor = run.context.actor;
  return (
    <div className={styles.summary} data-testid="run-summary">
      <div className={styles.summaryTop}>
        <div>
          {label && <div className={styles.runLabel} data-testid="run-label">{label}</div>}
          <div className={styles.kicker}>
            Started by {state.startedBy}
            {actor !== state.startedBy ? ` · continued by ${actor}` : ''}
            {variant ? ` · ${variant}` : ''}
          </div>
          <div className={styles.progressText} id={`${runId}-progress`}>
            {state.outcome ? <strong className={styles[`outcome-${state.outcome}`] ?? ''}>{OUTCOME[state.outcome] ?? state.outcome}</strong> : <strong>In progress</strong>}
            {' · '}
            {state.progress.done} of {state.progress.total} steps
          </div>
        </div>
        <div className={styles.exportButtons}>
          <ExportButtons record={record} runbook={runbook} baseName={baseName} />
          <button type="button" className="button button--sm button--link" onClick={onClose}>Close run</button>
        </div>
      </div>
      <div className={styles.progressTrack} role="progressbar" aria-labelledby={`${runId}-progress`} aria-valuemin={0} aria-valuemax={state.progress.total} aria-valuenow={state.progress.done}>
        <div className={`${styles.progressFill} ${state.outcome && state.outcome !== 'completed' ? styles.progressStopped : ''}`} style={{ width: `${percent}%` }} />
      </div>
      <HeadHash record={record} className={styles.summaryHash} />
    </div>
  );
}

/** The head hash with its copy button: what the engineer pastes into the ticket. */
export function HeadHash({ record, className, testId = 'head-hash' }: { record: AuditRecord; className?: string; testId?: string }): ReactNode {
  const [copied, setCopied] = useState<string>();
  return (
    <div className={`${styles.hashRow} ${className ?? ''}`}>
      <span className={styles.hashLabel}>Head hash for the ticket</span>
      <code className={styles.hash} data-testid={testId}>{record.headHash}</code>
      <button type="button" className="button button--sm button--link" onClick={() => void copyText(record.headHash).then((ok) => setCopied(ok ? 'Copied.' : 'Copy refused; select the hash.'))}>
        Copy<span className="sr-only"> the head hash</span>
      </button>
      <span role="status" className={styles.muted}>{copied}</span>
      <span className={styles.muted}>{record.eventCount} events</span>
    </div>
  );
}
