import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Runbook, RunEvent } from '@stepwise/runbook';
import type { RunbookBundle } from '@stepwise/docusaurus-plugin/client';
import { loadRunbookBundle } from '@stepwise/docusaurus-plugin/client';
import { browserRunStore, discardRun, listRuns, restoreRun, runKey, type RunListing } from '@stepwise/docusaurus-plugin/client';
import SavedRuns, { type UnusableRun } from './SavedRuns';
import styles from './styles.module.css';

// The run engine and the step views load only when a run is started, resumed or continued.
const RunWorkspace = lazy(() => import('./RunWorkspace'));
const ContinueRun = lazy(() => import('./ContinueRun'));

export interface Props {
  /** Runbook id. */
  runbook: string;
  /** The runbook itself, when the page already has it (its exact source is loaded on demand). */
  data?: Runbook;
  /** Heading of the section; default "Run this checklist". */
  title?: string;
}

const EMPTY: RunListing = { runs: [], unreadable: [] };

/** What the workspace shows; `n` remounts it for another run. */
type Workspace =
  | { kind: 'start'; n: number }
  | { kind: 'resume'; key: string; n: number }
  | { kind: 'continue'; n: number }
  | { kind: 'handover'; events: RunEvent[]; actor: string; n: number };

/**
 * The interactive checklist (issue 6): start a run, act on each applicable step through the run
 * engine, keep the events in localStorage after every action, resume after a reload, export the
 * audit record, continue a record exported elsewhere. Every rule (what is valid, what comes next)
 * is the engine's.
 */
export default function Checklist({ runbook: runbookId, title }: Props): ReactNode {
  const id = useId();
  const [bundle, setBundle] = useState<RunbookBundle | 'missing' | undefined>();
  const [listing, setListing] = useState<RunListing>(EMPTY);
  const [failedResume, setFailedResume] = useState<Record<string, string>>({});
  const [workspace, setWorkspace] = useState<Workspace>();
  const [openRunId, setOpenRunId] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  // The last discard, kept in memory until the page goes or another run is discarded.
  const [undo, setUndo] = useState<{ key: string; text: string }>();
  const autoResumed = useRef(false);
  const counter = useRef(0);
  const startButton = useRef<HTMLButtonElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  const refresh = useCallback(() => setListing(listRuns(browserRunStore(), runbookId)), [runbookId]);

  useEffect(() => {
    let live = true;
    void loadRunbookBundle(runbookId).then((loaded) => live && setBundle(loaded ?? 'missing'));
    refresh();
    return () => {
      live = false;
    };
  }, [runbookId, refresh]);

  // Another tab saved or discarded a run: the list follows.
  useEffect(() => {
    const onStorage = () => refresh();
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [refresh]);

  // A reload resumes the run last saved in this browser.
  useEffect(() => {
    if (autoResumed.current || typeof bundle !== 'object') return;
    autoResumed.current = true;
    const newest = listing.runs[0];
    if (newest) setWorkspace({ kind: 'resume', key: newest.key, n: ++counter.current });
  }, [bundle, listing]);

  // Focus is never left on the page body: a closed form or run gives it back to "Start a new run".
  useEffect(() => {
    if (workspace || !returnFocus.current) return;
    returnFocus.current = false;
    startButton.current?.focus();
  }, [workspace]);

  const close = useCallback(() => {
    returnFocus.current = true;
    setWorkspace(undefined);
    setOpenRunId(undefined);
    refresh();
  }, [refresh]);

  const discard = (key: string) => {
    const text = discardRun(browserRunStore(), key);
    if (openRunId && runKey(runbookId, openRunId) === key) close();
    setFailedResume(({ [key]: _gone, ...rest }) => rest);
    refresh();
    setUndo(text === undefined ? undefined : { key, text });
    setAnnouncement('Saved run discarded. Undo brings it back.');
    requestAnimationFrame(() => undoButton.current?.focus());
  };
  const undoDiscard = () => {
    if (!undo) return;
    const restored = restoreRun(browserRunStore(), undo.key, undo.text);
    setUndo(undefined);
    refresh();
    setAnnouncement(restored ? 'The discarded run is back.' : 'The browser refused to put the run back.');
    requestAnimationFrame(() => startButton.current?.focus());
  };

  const unusable: UnusableRun[] = [
    ...listing.unreadable,
    ...listing.runs.filter((r) => failedResume[r.key]).map((r) => ({ key: r.key, runId: r.runId, reason: failedResume[r.key]!, run: r.run })),
  ];
  const resumeEntry = workspace?.kind === 'resume' ? listing.runs.find((r) => r.key === workspace.key) : undefined;
  const ready = typeof bundle === 'object';
  const showRun = ready && workspace && workspace.kind !== 'continue' && (workspace.kind !== 'resume' || resumeEntry);

  return (
    <section className={styles.checklist} aria-labelledby={`${id}-title`} data-testid="checklist">
      <div className={styles.header}>
        <h2 id={`${id}-title`} className={styles.title}>{title ?? 'Run this checklist'}</h2>
        <p className={styles.muted}>Follow the steps, record evidence, and export a tamper-evident record for the ticket.</p>
      </div>
      <SavedRuns
        runbook={ready ? bundle.runbook : undefined}
        runs={listing.runs.filter((r) => !failedResume[r.key])}
        unusable={unusable}
        {...(openRunId ? { activeKey: runKey(runbookId, openRunId) } : {})}
        onResume={(key) => setWorkspace({ kind: 'resume', key, n: ++counter.current })}
        onDiscard={discard}
      />
      {undo && (
        <div className={`alert alert--secondary ${styles.undo}`} data-testid="discard-undo">
          <span>Saved run discarded.</span>
          <button ref={undoButton} type="button" className="button button--sm button--primary" onClick={undoDiscard}>Undo the discard</button>
        </div>
      )}
      {bundle === undefined && <p className={styles.muted}>Loading the checklist…</p>}
      {bundle === 'missing' && <div className="alert alert--danger">The runbook “{runbookId}” is not published on this site.</div>}
      {ready && !workspace && (
        <div className={styles.buttons}>
          <button ref={startButton} type="button" className="button button--primary button--lg" onClick={() => setWorkspace({ kind: 'start', n: ++counter.current })}>Start a new run</button>
          <button type="button" className="button button--secondary button--lg" onClick={() => setWorkspace({ kind: 'continue', n: ++counter.current })}>Continue a run…</button>
        </div>
      )}
      {ready && workspace?.kind === 'continue' && (
        <Suspense fallback={<p className={styles.muted}>Loading…</p>}>
          <ContinueRun
            runbook={bundle.runbook}
            source={bundle.source}
            onContinue={(events, actor) => setWorkspace({ kind: 'handover', events, actor, n: ++counter.current })}
            onCancel={close}
          />
        </Suspense>
      )}
      {showRun && (
        <Suspense fallback={<p className={styles.muted}>Loading the checklist…</p>}>
          <RunWorkspace
            key={workspace.n}
            bundle={bundle}
            {...(resumeEntry ? { resume: resumeEntry } : {})}
            {...(workspace.kind === 'handover' ? { handOver: { events: workspace.events, actor: workspace.actor } } : {})}
            headingPrefix={`${id}-step-`}
            onOpen={setOpenRunId}
            onSaved={refresh}
            onResumeFailed={(key, reason) => {
              setFailedResume((f) => ({ ...f, [key]: reason }));
              setWorkspace(undefined);
            }}
            onClose={close}
            onNew={() => {
              setOpenRunId(undefined);
              setWorkspace({ kind: 'start', n: ++counter.current });
              refresh();
            }}
            onReload={() => {
              refresh();
              const key = openRunId ? runKey(runbookId, openRunId) : undefined;
              if (key) setWorkspace({ kind: 'resume', key, n: ++counter.current });
            }}
            announce={setAnnouncement}
          />
        </Suspense>
      )}
      <div className="sr-only" aria-live="polite" role="status">{announcement}</div>
    </section>
  );
}
