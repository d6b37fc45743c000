import { useEffect, useId, useRef, useState, type DragEvent, type FormEvent, type ReactNode } from 'react';
import type { Runbook, RunEvent, AuditSummary } from '@stepwise/runbook';
import { checkRecord } from '@stepwise/docusaurus-plugin/client';
import { runIdentity, runLabel } from '@stepwise/docusaurus-plugin/client';
import { formatTime } from './formatTime';
import styles from './styles.module.css';

export interface Props {
  runbook: Runbook;
  source: string;
  onContinue: (events: RunEvent[], actor: string) => void;
  onCancel: () => void;
}

type Checked = { events: RunEvent[]; summary: AuditSummary; file: string };

/**
 * "Continue a run" (issue 14 item 3): an exported record, from this site or from
 * `stepwise run`, chosen with the file picker or dropped here, verified against the published
 * runbook, then continued under the new engineer's name. Earlier events keep their actors.
 */
export default function ContinueRun({ runbook, source, onContinue, onCancel }: Props): ReactNode {
  const id = useId();
  const [checked, setChecked] = useState<Checked>();
  const [problem, setProblem] = useState<string>();
  const [actor, setActor] = useState('');
  const [over, setOver] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const read = async (file: File | undefined) => {
    setChecked(undefined);
    setProblem(undefined);
    if (!file) return;
    const result = await checkRecord(await file.text(), runbook, source);
    if (result.ok) setChecked({ events: result.events, summary: result.summary, file: file.name });
    else setProblem(result.reason);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    void read(event.dataTransfer.files[0]);
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checked) return setProblem('Choose the exported record (JSON) first.');
    if (actor.trim().length === 0) return setProblem('Give your name: the events you record are signed with it.');
    onContinue(checked.events, actor.trim());
  };
  const label = checked ? runLabel(runIdentity(runbook, checked.summary.inputs)) : undefined;
  return (
    <form className={styles.startForm} onSubmit={submit} noValidate aria-labelledby={`${id}-title`} data-testid="continue-run">
      <h3 id={`${id}-title`} ref={heading} tabIndex={-1} className={styles.cardTitle}>Continue a run</h3>
      <p className={styles.muted}>Take over a run handed to you: choose or drop the record exported as JSON (from this site or from <code>stepwise run</code>). It is verified against this runbook before it continues.</p>
      <div className={`${styles.dropZone} ${over ? styles.dropOver : ''}`} onDragOver={(e) => { e.preventDefault(); setOver(true); }} onDragLeave={() => setOver(false)} onDrop={drop} data-testid="record-drop">
        <label htmlFor={`${id}-file`}>Exported record (JSON)</label>
        <input id={`${id}-file`} type="file" accept="application/json,.json" onChange={(e) => void read(e.target.files?.[0])} />
        <span className={styles.muted}>or drop the file here</span>
      </div>
      {checked && (
        <div className={styles.handOverSummary} role="status" data-testid="continue-summary">
          <strong>Verified.</strong> {label ? `${label}: ` : ''}started by {checked.summary.startedBy} <time dateTime={checked.summary.startedAt}>{formatTime(checked.summary.startedAt)}</time>, {checked.summary.eventCount} events by {checked.summary.actors.join(', ')}.
        </div>
      )}
      <div className={styles.field}>
        <label htmlFor={`${id}-actor`}>Your name <span className={styles.required}>required</span></label>
        <input id={`${id}-actor`} className={styles.input} value={actor} onChange={(e) => setActor(e.target.value)} autoComplete="name" />
      </div>
      {problem && <div className={styles.error} role="alert">{problem}</div>}
      <div className={styles.buttons}>
        <button type="submit" className="button button--primary">Continue the run</button>
        <button type="button" className="button button--secondary" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}
