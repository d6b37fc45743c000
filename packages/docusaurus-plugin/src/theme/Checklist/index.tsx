import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Run, Runbook } from '@stepwise/runbook';
import type { RunbookBundle } from '../../browser/interactiveData';
import { loadRunbookBundle } from '../../browser/loadRunbookBundle';
import { resumeStoredRun } from '../../browser/resumeStoredRun';
import { browserRunStore, discardRun, listRuns, newRunId, runKey, type RunListing } from '../../browser/runStorage';
import ReasonForm from './ReasonForm';
import RunSummary from './RunSummary';
import SavedRuns from './SavedRuns';
import StartForm from './StartForm';
import StepItem from './StepItem';
import { useRunSession } from './useRunSession';
import styles from './styles.module.css';

export interface Props {
  /** Runbook id. */
  runbook: string;
  /** The runbook itself, when the page already has it (its exact source is loaded on demand). */
  data?: Runbook;
  /** Heading of the section; default "Run this checklist". */
  title?: string;
}

const EMPTY: RunListing = { runs: [], unreadable: [] };

/**
 * The interactive checklist (issue 6): start a run, act on each applicable step through the run
 * engine, keep the events in localStorage after every action, resume after a reload, export the
 * audit record. Every rule (what is valid, what comes next) is the engine's.
 */
export default function Checklist({ runbook: runbookId, title }: Props): ReactNode {
  const id = useId();
  const [bundle, setBundle] = useState<RunbookBundle | 'missing' | undefined>();
  const [listing, setListing] = useState<RunListing>(EMPTY);
  const [failedResume, setFailedResume] = useState<Record<string, string>>({});
  const [starting, setStarting] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const session = useRunSession(runbookId);
  const autoResumed = useRef(false);
  const acted = useRef(false);

  const refresh = useCallback(() => setListing(listRuns(browserRunStore(), runbookId)), [runbookId]);

  useEffect(() => {
    let live = true;
    void loadRunbookBundle(runbookId).then((loaded) => live && setBundle(loaded ?? 'missing'));
    refresh();
    return () => {
      live = false;
    };
  }, [runbookId, refresh]);

  const resume = useCallback(
    async (key: string, current: RunListing) => {
      if (typeof bundle !== 'object') return;
      const entry = current.runs.find((r) => r.key === key);
      if (!entry) return;
      const resumed = await resumeStoredRun(bundle.runbook, entry.run);
      if (resumed.ok) {
        session.open(resumed.run, entry.runId);
        setAnnouncement('Saved run resumed.');
      } else setFailedResume((f) => ({ ...f, [key]: resumed.reason }));
      refresh();
    },
    [bundle, session, refresh],
  );

  // A reload resumes the run last saved in this browser.
  useEffect(() => {
    if (autoResumed.current || typeof bundle !== 'object' || session.run) return;
    autoResumed.current = true;
    const newest = listing.runs[0];
    if (newest) void resume(newest.key, listing);
  }, [bundle, listing, session.run, resume]);

  const onStarted = (run: Run) => {
    const runId = newRunId();
    acted.current = true;
    session.open(run, runId);
    setStarting(false);
    refresh();
  };

  const discard = (key: string) => {
    discardRun(browserRunStore(), key);
    if (session.runId && runKey(runbookId, session.runId) === key) session.close();
    setFailedResume(({ [key]: _gone, ...rest }) => rest);
    refresh();
    setAnnouncement('Saved run discarded.');
  };

  const run = session.run;
  const current = run?.state.current ?? null;
  // The current step in view and focused after each action (not on page load, which would jump).
  useEffect(() => {
    if (!run || !acted.current) return;
    const step = run.runbook.steps.find((s) => s.id === current);
    setAnnouncement(run.state.outcome ? `Run ended: ${run.state.outcome}.` : step ? `Now: ${step.title}.` : '');
    const heading = current ? document.getElementById(`${id}-step-${current}`) : null;
    if (heading) {
      heading.scrollIntoView({ block: 'start', behavior: 'smooth' });
      heading.focus({ preventScroll: true });
    }
  }, [run, current, id]);

  const shown: RunListing = {
    runs: listing.runs.filter((r) => !failedResume[r.key]),
    unreadable: [...listing.unreadable, ...listing.runs.filter((r) => failedResume[r.key]).map((r) => ({ key: r.key, runId: r.runId, reason: failedResume[r.key]! }))],
  };

  return (
    <section className={styles.checklist} aria-labelledby={`${id}-title`} data-testid="checklist">
      <div className={styles.header}>
        <h2 id={`${id}-title`} className={styles.title}>{title ?? 'Run this checklist'}</h2>
        <p className={styles.muted}>Follow the steps, record evidence, and export a tamper-evident record for the ticket.</p>
      </div>
      <SavedRuns listing={shown} {...(session.runId ? { activeKey: runKey(runbookId, session.runId) } : {})} onResume={(key) => void resume(key, listing)} onDiscard={discard} />
      {bundle === undefined && <p className={styles.muted}>Loading the checklist…</p>}
      {bundle === 'missing' && <div className="alert alert--danger">The runbook “{runbookId}” is not published on this site.</div>}
      {typeof bundle === 'object' && !run && (starting ? (
        <StartForm runbook={bundle.runbook} source={bundle.source} onStarted={onStarted} onCancel={() => setStarting(false)} />
      ) : (
        <button type="button" className="button button--primary button--lg" onClick={() => setStarting(true)}>Start a new run</button>
      ))}
      {run && session.runId && (
        <RunView run={run} runId={session.runId} headingPrefix={`${id}-step-`} apply={(action) => { acted.current = true; return session.apply(action); }} onClose={() => { session.close(); refresh(); }} onNew={() => { session.close(); setStarting(true); refresh(); }} />
      )}
      {session.saveProblem && <div className="alert alert--warning" role="alert">{session.saveProblem}</div>}
      <div className="sr-only" aria-live="polite" role="status">{announcement}</div>
    </section>
  );
}

function RunView({ run, runId, headingPrefix, apply, onClose, onNew }: {
  run: Run;
  runId: string;
  headingPrefix: string;
  apply: Parameters<typeof StepItem>[0]['apply'];
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
