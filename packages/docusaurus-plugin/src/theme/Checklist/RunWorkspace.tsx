import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { exportAuditRecord, type Run, type RunAction, type RunError, type RunEvent } from '@stepwise/runbook';
import type { RunbookBundle } from '@stepwise/docusaurus-plugin/client';
import { continueRecord } from '@stepwise/docusaurus-plugin/client';
import { resumeStoredRun } from '@stepwise/docusaurus-plugin/client';
import { exportBaseName, runIdentity } from '@stepwise/docusaurus-plugin/client';
import { newRunId, type SavedRunEntry } from '@stepwise/docusaurus-plugin/client';
import ExportButtons from './ExportButtons';
import ReasonForm from './ReasonForm';
import RunSummary, { HeadHash } from './RunSummary';
import StartForm from './StartForm';
import StepItem from './StepItem';
import { useRunSession } from './useRunSession';
import styles from './styles.module.css';

/** A run handed over: verified events of an exported record, continued under a new name. */
export interface HandOver {
  events: RunEvent[];
  actor: string;
}

export interface Props {
  bundle: RunbookBundle;
  /** Resume this saved run; without it (and without `handOver`), the start form is shown. */
  resume?: SavedRunEntry;
  /** Continue this exported record (already verified by `checkRecord`). */
  handOver?: HandOver;
  /** Prefix of step heading ids (unique per checklist on the page). */
  headingPrefix: string;
  /** The open run's id, or undefined when none is open. */
  onOpen: (runId: string | undefined) => void;
  /** Saved runs changed (a run was started or an action saved). */
  onSaved: () => void;
  onResumeFailed: (key: string, reason: string) => void;
  onClose: () => void;
  onNew: () => void;
  /** Read the run again from storage (after another tab changed it). */
  onReload: () => void;
  announce: (text: string) => void;
}

/**
 * Everything that needs the run engine, in its own chunk: a page loads it only when a run is
 * started or resumed, so runbook pages stay light for readers.
 */
export default function RunWorkspace({ bundle, resume, handOver, headingPrefix, onOpen, onSaved, onResumeFailed, onClose, onNew, onReload, announce }: Props): ReactNode {
  const session = useRunSession(bundle.runbook.id);
  const [resuming, setResuming] = useState(resume !== undefined || handOver !== undefined);
  const [handOverProblem, setHandOverProblem] = useState<string>();

  useEffect(() => {
    let live = true;
    if (handOver) {
      const continued = continueRecord(bundle.runbook, handOver.events, handOver.actor);
      setResuming(false);
      if (continued.ok) {
        const runId = newRunId();
        session.open(continued.run, runId, null);
        onOpen(runId);
        onSaved();
        announce(`Run continued under ${handOver.actor}.`);
      } else setHandOverProblem(continued.reason);
    } else if (resume) {
      void resumeStoredRun(bundle.runbook, bundle.source, resume.run).then((resumed) => {
        if (!live) return;
        setResuming(false);
        if (resumed.ok) {
          session.open(resumed.run, resume.runId, resume.run.events.at(-1)?.hash ?? null);
          onOpen(resume.runId);
          announce('Saved run resumed.');
        } else onResumeFailed(resume.key, resumed.reason);
      });
    }
    return () => {
      live = false;
    };
    // Once per mount: the parent remounts this component for another run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const run = session.run;
  // Focus and scroll follow the work (issue 14 item 1): they move only when the current step or
  // the outcome changes (a tick or a field edit changes neither), to the new step's heading.
  const focusKey = run ? `${run.state.current ?? ''}|${run.state.outcome ?? ''}` : undefined;
  const focused = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!run || focusKey === undefined || focusKey === focused.current) return;
    focused.current = focusKey;
    const current = run.state.current;
    const step = run.runbook.steps.find((s) => s.id === current);
    announce(run.state.outcome ? `Run ended: ${run.state.outcome}.` : step ? `Now: ${step.title}.` : '');
    const target = document.getElementById(run.state.outcome ? `${headingPrefix}end` : `${headingPrefix}${current}`);
    if (target) {
      // `scroll-margin-top` on the target keeps it below the navbar and the sticky summary.
      target.scrollIntoView({ block: 'start' });
      target.focus({ preventScroll: true });
    }
  }, [run, focusKey, headingPrefix, announce]);

  if (resuming) return <p className={styles.muted}>Checking the saved run…</p>;
  if (handOverProblem) return <div className="alert alert--danger" role="alert">{handOverProblem}</div>;
  if (!run || !session.runId) {
    return (
      <StartForm
        runbook={bundle.runbook}
        source={bundle.source}
        onStarted={(started) => {
          const runId = newRunId();
          session.open(started, runId, null);
          onOpen(runId);
          onSaved();
        }}
        onCancel={onClose}
      />
    );
  }
  const apply = async (action: RunAction): Promise<RunError | undefined> => {
    const error = await session.apply(action);
    if (!error) onSaved();
    return error;
  };
  return <RunView run={run} runId={session.runId} headingPrefix={headingPrefix} apply={apply} onClose={onClose} onNew={onNew} onReload={onReload} saveProblem={session.saveProblem} stale={session.stale} />;
}

function RunView({ run, runId, headingPrefix, apply, onClose, onNew, onReload, saveProblem, stale }: {
  run: Run;
  runId: string;
  headingPrefix: string;
  apply: (action: RunAction) => Promise<RunError | undefined>;
  onClose: () => void;
  onNew: () => void;
  onReload: () => void;
  saveProblem: string | undefined;
  stale: string | undefined;
}): ReactNode {
  const [noting, setNoting] = useState(false);
  const noteButton = useRef<HTMLButtonElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const { runbook, state } = run;
  const record = useMemo(() => exportAuditRecord(run), [run]);
  const identity = useMemo(() => runIdentity(runbook, state.inputs), [runbook, state.inputs]);
  const baseName = exportBaseName(runbook.id, identity, runId);
  const steps = runbook.steps.map((step, index) => ({ step, index, state: state.steps[index]! }));
  const applicable = steps.filter((s) => s.state.status !== 'not-applicable');
  const setAside = steps.filter((s) => s.state.status === 'not-applicable');

  // The sticky summary's height, for the headings' `scroll-margin-top` (it wraps on small screens).
  useLayoutEffect(() => {
    const box = summary.current?.firstElementChild;
    if (!box || !root.current || typeof ResizeObserver === 'undefined') return;
    const set = () => root.current?.style.setProperty('--sw-summary-height', `${Math.ceil(box.getBoundingClientRect().height)}px`);
    set();
    const observer = new ResizeObserver(set);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  const closeNote = () => {
    setNoting(false);
    requestAnimationFrame(() => noteButton.current?.focus());
  };

  const exportButtons = <ExportButtons record={record} runbook={runbook} baseName={baseName} jsonLabel="Export for hand-over (JSON)" markdown={false} />;
  return (
    <div ref={root} className={styles.run} data-testid="run" data-outcome={state.outcome ?? 'open'} data-readonly={stale ? 'true' : undefined}>
      <div ref={summary}>
        <RunSummary run={run} runId={runId} record={record} identity={identity} baseName={baseName} onClose={onClose} />
      </div>
      {/* On a phone the sticky summary holds the progress only; the exports follow it, not sticky. */}
      <div className={`${styles.exportButtons} ${styles.phoneExports}`}>
        <ExportButtons record={record} runbook={runbook} baseName={baseName} />
      </div>
      {stale && (
        <div className="alert alert--warning" role="alert" data-testid="run-stale">
          <p>{stale}</p>
          <button type="button" className="button button--sm button--primary" onClick={onReload}>Reload the run</button>
        </div>
      )}
      {saveProblem && (
        <div className="alert alert--danger" role="alert" data-testid="save-problem">
          <p>{saveProblem}</p>
          <div className={styles.exportButtons}><ExportButtons record={record} runbook={runbook} baseName={baseName} /></div>
        </div>
      )}
      <RunInputs run={run} />
      <fieldset className={styles.runBody} disabled={stale !== undefined}>
        <legend className="sr-only">Steps of the run</legend>
        <ol className={styles.steps}>
          {applicable.map(({ step, index, state: stepState }) => (
            <StepItem key={step.id} run={run} step={step} index={index} state={stepState} apply={apply} headingId={`${headingPrefix}${step.id}`} {...(step.escalation ? { handOver: exportButtons } : {})} />
          ))}
        </ol>
        {state.outcome && (
          <div id={`${headingPrefix}end`} tabIndex={-1} className={`${styles.ended} ${styles[`outcome-${state.outcome}`] ?? ''}`} data-testid="run-ended">
            <h3 className={styles.cardTitle}>The run has ended: {state.outcome}</h3>
            <p>Export the record and paste the head hash into the ticket.</p>
            <HeadHash record={record} testId="end-head-hash" />
            <div className={styles.exportButtons}>
              <ExportButtons record={record} runbook={runbook} baseName={baseName} />
              <button type="button" className="button button--sm button--primary" onClick={onNew}>Start another run</button>
            </div>
          </div>
        )}
        {setAside.length > 0 && (
          <details className={styles.setAside}>
            <summary>{setAside.length} {setAside.length === 1 ? 'step does' : 'steps do'} not apply to this run</summary>
            <ul>
              {setAside.map(({ step, index }) => <li key={step.id} data-step={step.id} data-status="not-applicable"><span className={styles.muted}>{index + 1}.</span> {step.title}</li>)}
            </ul>
          </details>
        )}
        <div className={styles.runNotes}>
          {state.notes.length > 0 && (
            <ul className={styles.notes} aria-label="Notes on the run">
              {state.notes.map((note) => <li key={note.seq}><strong>{note.actor}</strong>: {note.note}</li>)}
            </ul>
          )}
          {noting ? (
            <ReasonForm verb="Add note" label="Note on the whole run" onSubmit={async (note) => { const error = await apply({ type: 'note', note }); if (!error) closeNote(); return error?.message; }} onCancel={closeNote} />
          ) : (
            <button ref={noteButton} type="button" className="button button--sm button--link" onClick={() => setNoting(true)}>Add a note to the whole run</button>
          )}
        </div>
      </fieldset>
    </div>
  );
}

/** The run's variant and inputs, as recorded at the start (on screen and in the print). */
function RunInputs({ run }: { run: Run }): ReactNode {
  const { runbook, state } = run;
  const fields = runbook.inputs ?? [];
  const shown = fields.filter((f) => state.inputs[f.id] !== undefined);
  if (shown.length === 0) return null;
  return (
    <section className={styles.runInputs} data-testid="run-inputs" aria-label="Inputs recorded at the start">
      <dl className={styles.inputList}>
        {shown.map((field) => {
          const value = state.inputs[field.id]!;
          const text = typeof value === 'boolean' ? (value ? 'yes' : 'no') : field.type === 'choice' ? (field.options?.find((o) => o.value === value)?.label ?? String(value)) : String(value);
          return (
            <div key={field.id}>
              <dt>{field.label}</dt>
              <dd>{text}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
