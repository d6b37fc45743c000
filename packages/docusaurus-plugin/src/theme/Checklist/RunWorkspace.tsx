import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Run, RunAction, RunError } from '@stepwise/runbook';
import type { RunbookBundle } from '@stepwise/docusaurus-plugin/client';
import { resumeStoredRun } from '@stepwise/docusaurus-plugin/client';
import { newRunId, type SavedRunEntry } from '@stepwise/docusaurus-plugin/client';
import ReasonForm from './ReasonForm';
import RunSummary from './RunSummary';
import StartForm from './StartForm';
import StepItem from './StepItem';
import { useRunSession } from './useRunSession';
import styles from './styles.module.css';

export interface Props {
  bundle: RunbookBundle;
  /** Resume this saved run; without it, the start form is shown. */
  resume?: SavedRunEntry;
  /** Prefix of step heading ids (unique per checklist on the page). */
  headingPrefix: string;
  /** The open run's id, or undefined when none is open. */
  onOpen: (runId: string | undefined) => void;
  /** Saved runs changed (a run was started or an action saved). */
  onSaved: () => void;
  onResumeFailed: (key: string, reason: string) => void;
  onClose: () => void;
  onNew: () => void;
  announce: (text: string) => void;
}

/**
 * Everything that needs the run engine, in its own chunk: a page loads it only when a run is
 * started or resumed, so runbook pages stay light for readers.
 */
export default function RunWorkspace({ bundle, resume, headingPrefix, onOpen, onSaved, onResumeFailed, onClose, onNew, announce }: Props): ReactNode {
  const session = useRunSession(bundle.runbook.id);
  const [resuming, setResuming] = useState(resume !== undefined);
  const acted = useRef(false);

  useEffect(() => {
    if (!resume) return;
    let live = true;
    void resumeStoredRun(bundle.runbook, resume.run).then((resumed) => {
      if (!live) return;
      setResuming(false);
      if (resumed.ok) {
        session.open(resumed.run, resume.runId);
        onOpen(resume.runId);
        announce('Saved run resumed.');
      } else onResumeFailed(resume.key, resumed.reason);
    });
    return () => {
      live = false;
    };
    // Once per mount: the parent remounts this component for another run.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const run = session.run;
  const current = run?.state.current ?? null;
  // The current step in view and focused after each action (not on page load, which would jump).
  useEffect(() => {
    if (!run || !acted.current) return;
    const step = run.runbook.steps.find((s) => s.id === current);
    announce(run.state.outcome ? `Run ended: ${run.state.outcome}.` : step ? `Now: ${step.title}.` : '');
    const heading = current ? document.getElementById(`${headingPrefix}${current}`) : null;
    if (heading) {
      heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
      heading.focus({ preventScroll: true });
    }
  }, [run, current, headingPrefix, announce]);

  if (resuming) return <p className={styles.muted}>Checking the saved run…</p>;
  if (!run || !session.runId) {
    return (
      <StartForm
        runbook={bundle.runbook}
        source={bundle.source}
        onStarted={(started) => {
          const runId = newRunId();
          acted.current = true;
          session.open(started, runId);
          onOpen(runId);
          onSaved();
        }}
        onCancel={onClose}
      />
    );
  }
  const apply = async (action: RunAction): Promise<RunError | undefined> => {
    acted.current = true;
    const error = await session.apply(action);
    if (!error) onSaved();
    return error;
  };
  return (
    <>
      <RunView run={run} runId={session.runId} headingPrefix={headingPrefix} apply={apply} onClose={onClose} onNew={onNew} />
      {session.saveProblem && <div className="alert alert--warning" role="alert">{session.saveProblem}</div>}
    </>
  );
}

function RunView({ run, runId, headingPrefix, apply, onClose, onNew }: {
  run: Run;
  runId: string;
  headingPrefix: string;
  apply: (action: RunAction) => Promise<RunError | undefined>;
  onClose: () => void;
  onNew: () => void;
}): ReactNode {
  const [noting, setNoting] = useState(false);
  const { runbook, state } = run;
  const steps = runbook.steps.map((step, index) => ({ step, index, state: state.steps[index]! }));
  const applicable = steps.filter((s) => s.state.status !== 'not-applicable');
  const setAside = steps.filter((s) => s.state.status === 'not-applicable');
  return (
    <div className={styles.run} data-testid="run" data-outcome={state.outcome ?? 'open'}>
      <RunSummary run={run} runId={runId} onClose={onClose} />
      {state.outcome && (
        <div className={`${styles.ended} ${styles[`outcome-${state.outcome}`] ?? ''}`} role="status">
          The run has ended: <strong>{state.outcome}</strong>. Export the record and paste the head hash into the ticket.
          <button type="button" className="button button--sm button--secondary" onClick={onNew}>Start another run</button>
        </div>
      )}
      <ol className={styles.steps}>
        {applicable.map(({ step, index, state: stepState }) => (
          <StepItem key={step.id} run={run} step={step} index={index} state={stepState} apply={apply} headingId={`${headingPrefix}${step.id}`} />
        ))}
      </ol>
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
          <ReasonForm verb="Add note" label="Note on the whole run" onSubmit={async (note) => { const error = await apply({ type: 'note', note }); if (!error) setNoting(false); return error?.message; }} onCancel={() => setNoting(false)} />
        ) : (
          <button type="button" className="button button--sm button--link" onClick={() => setNoting(true)}>Add a note to the whole run</button>
        )}
      </div>
    </div>
  );
}
