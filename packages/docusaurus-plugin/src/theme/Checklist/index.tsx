import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { Runbook } from '@stepwise/runbook';
import type { RunbookBundle } from '@stepwise/docusaurus-plugin/client';
import { loadRunbookBundle } from '@stepwise/docusaurus-plugin/client';
import { browserRunStore, discardRun, listRuns, runKey, type RunListing } from '@stepwise/docusaurus-plugin/client';
import SavedRuns from './SavedRuns';
import styles from './styles.module.css';

// The run engine and the step views load only when a run is started or resumed.
const RunWorkspace = lazy(() => import('./RunWorkspace'));

export interface Props {
  /** Runbook id. */
  runbook: string;
  /** The runbook itself, when the page already has it (its exact source is loaded on demand). */
  data?: Runbook;
  /** Heading of the section; default "Run this checklist". */
  title?: string;
}

const EMPTY: RunListing = { runs: [], unreadable: [] };

/** What the workspace shows: the start form, or a saved run; `n` remounts it for another run. */
type Workspace = { kind: 'start'; n: number } | { kind: 'resume'; key: string; n: number };

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
  const [workspace, setWorkspace] = useState<Workspace>();
  const [openRunId, setOpenRunId] = useState<string>();
  const [announcement, setAnnouncement] = useState('');
  const autoResumed = useRef(false);
  const counter = useRef(0);

  const refresh = useCallback(() => setListing(listRuns(browserRunStore(), runbookId)), [runbookId]);

  useEffect(() => {
    let live = true;
    void loadRunbookBundle(runbookId).then((loaded) => live && setBundle(loaded ?? 'missing'));
    refresh();
    return () => {
      live = false;
    };
  }, [runbookId, refresh]);

  // A reload resumes the run last saved in this browser.
  useEffect(() => {
    if (autoResumed.current || typeof bundle !== 'object') return;
    autoResumed.current = true;
    const newest = listing.runs[0];
    if (newest) setWorkspace({ kind: 'resume', key: newest.key, n: ++counter.current });
  }, [bundle, listing]);

  const close = useCallback(() => {
    setWorkspace(undefined);
    setOpenRunId(undefined);
    refresh();
  }, [refresh]);

  const discard = (key: string) => {
    discardRun(browserRunStore(), key);
    if (openRunId && runKey(runbookId, openRunId) === key) close();
    setFailedResume(({ [key]: _gone, ...rest }) => rest);
    refresh();
    setAnnouncement('Saved run discarded.');
  };

  const shown: RunListing = {
    runs: listing.runs.filter((r) => !failedResume[r.key]),
    unreadable: [...listing.unreadable, ...listing.runs.filter((r) => failedResume[r.key]).map((r) => ({ key: r.key, runId: r.runId, reason: failedResume[r.key]! }))],
  };
  const resumeEntry = workspace?.kind === 'resume' ? listing.runs.find((r) => r.key === workspace.key) : undefined;

  return (
    <section className={styles.checklist} aria-labelledby={`${id}-title`} data-testid="checklist">
      <div className={styles.header}>
        <h2 id={`${id}-title`} className={styles.title}>{title ?? 'Run this checklist'}</h2>
        <p className={styles.muted}>Follow the steps, record evidence, and export a tamper-evident record for the ticket.</p>
      </div>
      <SavedRuns
        listing={shown}
        {...(openRunId ? { activeKey: runKey(runbookId, openRunId) } : {})}
        onResume={(key) => setWorkspace({ kind: 'resume', key, n: ++counter.current })}
        onDiscard={discard}
      />
      {bundle === undefined && <p className={styles.muted}>Loading the checklist…</p>}
      {bundle === 'missing' && <div className="alert alert--danger">The runbook “{runbookId}” is not published on this site.</div>}
      {typeof bundle === 'object' && !workspace && (
        <button type="button" className="button button--primary button--lg" onClick={() => setWorkspace({ kind: 'start', n: ++counter.current })}>Start a new run</button>
      )}
      {typeof bundle === 'object' && workspace && (workspace.kind === 'start' || resumeEntry) && (
        <Suspense fallback={<p className={styles.muted}>Loading the checklist…</p>}>
          <RunWorkspace
            key={workspace.n}
            bundle={bundle}
            {...(resumeEntry ? { resume: resumeEntry } : {})}
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
            announce={setAnnouncement}
          />
        </Suspense>
      )}
      <div className="sr-only" aria-live="polite" role="status">{announcement}</div>
    </section>
  );
}
