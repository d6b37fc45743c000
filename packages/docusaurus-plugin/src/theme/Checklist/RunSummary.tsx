import { useMemo, useState, type ReactNode } from 'react';
import { auditRecordToJson, exportAuditRecord, formatAuditMarkdown, type Run } from '@stepwise/runbook';
import { copyText } from '@stepwise/docusaurus-plugin/client';
import { downloadText } from '@stepwise/docusaurus-plugin/client';
import styles from './styles.module.css';

export interface Props {
  run: Run;
  runId: string;
  onClose: () => void;
}

const OUTCOME: Record<string, string> = { completed: 'Completed', escalated: 'Escalated', aborted: 'Aborted' };

/** Progress, outcome, the head hash for the ticket, and the exports. */
export default function RunSummary({ run, runId, onClose }: Props): ReactNode {
  const { state, runbook } = run;
  const [copied, setCopied] = useState<string>();
  const record = useMemo(() => exportAuditRecord(run), [run]);
  const percent = state.progress.total === 0 ? 100 : Math.round((state.progress.done / state.progress.total) * 100);
  const variant = runbook.variants?.find((v) => v.id === state.variant)?.title;
  const base = `${runbook.id}-${runId}`;
  return (
    <div className={styles.summary}>
      <div className={styles.summaryTop}>
        <div>
          <div className={styles.kicker}>Run started by {state.startedBy}{variant ? ` · ${variant}` : ''}</div>
          <div className={styles.progressText} id={`${runId}-progress`}>
            {state.outcome ? <strong className={styles[`outcome-${state.outcome}`] ?? ''}>{OUTCOME[state.outcome] ?? state.outcome}</strong> : <strong>In progress</strong>}
            {' · '}
            {state.progress.done} of {state.progress.total} steps
          </div>
        </div>
        <div className={styles.exportButtons}>
          <button type="button" className="button button--sm button--secondary" onClick={() => downloadText(`${base}.json`, auditRecordToJson(record), 'application/json')}>
            Export JSON
          </button>
          <button type="button" className="button button--sm button--secondary" onClick={() => downloadText(`${base}.md`, formatAuditMarkdown(record, runbook), 'text/markdown')}>
            Export Markdown
          </button>
          <button type="button" className="button button--sm button--link" onClick={onClose}>Close run</button>
        </div>
      </div>
      <div className={styles.progressTrack} role="progressbar" aria-labelledby={`${runId}-progress`} aria-valuemin={0} aria-valuemax={state.progress.total} aria-valuenow={state.progress.done}>
        <div className={`${styles.progressFill} ${state.outcome && state.outcome !== 'completed' ? styles.progressStopped : ''}`} style={{ width: `${percent}%` }} />
      </div>
      <div className={styles.hashRow}>
        <span className={styles.hashLabel}>Head hash for the ticket</span>
        <code className={styles.hash} data-testid="head-hash">{record.headHash}</code>
        <button type="button" className="button button--sm button--link" onClick={() => void copyText(record.headHash).then((ok) => setCopied(ok ? 'Copied.' : 'Copy refused; select the hash.'))}>
          Copy
        </button>
        <span role="status" className={styles.muted}>{copied}</span>
        <span className={styles.muted}>{record.eventCount} events</span>
      </div>
    </div>
  );
}
