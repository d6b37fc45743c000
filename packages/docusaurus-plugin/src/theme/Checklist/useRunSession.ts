import { useCallback, useEffect, useRef, useState } from 'react';
import { applyAction, type Run, type RunAction, type RunError } from '@stepwise/runbook';
import { browserRunStore, runKey, saveRun, storedHead } from '@stepwise/docusaurus-plugin/client';

export interface RunSession {
  run: Run | undefined;
  runId: string | undefined;
  /** Set when the browser refused to save (the run goes on in memory; export it). */
  saveProblem: string | undefined;
  /** Set when another tab saved this run: this tab is read-only from then on (issue 14 item 2). */
  stale: string | undefined;
  /** `knownHead`: the hash of the last event already stored for this run id (null when none is). */
  open: (run: Run, runId: string, knownHead: string | null) => void;
  close: () => void;
  /** Applies an action through the engine; saved after every accepted action. Refusals come back as values. */
  apply: (action: RunAction) => Promise<RunError | undefined>;
}

const STALE = 'This run was changed in another tab or window. This page is now read-only, so that it cannot overwrite the newer events: reload the run to continue it here.';

/**
 * The active run: kept in memory, written to localStorage after every accepted action. Two tabs
 * on one run never overwrite each other: a `storage` event for this run's key (HTML Standard,
 * Web Storage: fired in every other document of the origin) or a stored head this tab did not
 * write makes this tab read-only.
 */
export function useRunSession(runbookId: string): RunSession {
  const [run, setRun] = useState<Run>();
  const [runId, setRunId] = useState<string>();
  const [saveProblem, setSaveProblem] = useState<string>();
  const [stale, setStale] = useState<string>();
  // Actions are applied one after another, each on the run the previous one produced.
  const latest = useRef<{ run: Run; runId: string } | undefined>(undefined);
  const head = useRef<string | null>(null);
  const staleRef = useRef(false);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const markStale = useCallback(() => {
    staleRef.current = true;
    setStale(STALE);
  }, []);

  const save = useCallback(
    (next: Run, id: string) => {
      const outcome = saveRun(browserRunStore(), runbookId, id, next.context.actor, next.events, head.current);
      if (outcome.ok) {
        head.current = next.events.at(-1)?.hash ?? null;
        setSaveProblem(undefined);
        return true;
      }
      if (outcome.kind === 'conflict') markStale();
      else setSaveProblem(outcome.message);
      return outcome.kind !== 'conflict';
    },
    [runbookId, markStale],
  );

  const open = useCallback(
    (next: Run, id: string, knownHead: string | null) => {
      latest.current = { run: next, runId: id };
      head.current = knownHead;
      staleRef.current = false;
      setStale(undefined);
      setRun(next);
      setRunId(id);
      save(next, id);
    },
    [save],
  );

  const close = useCallback(() => {
    latest.current = undefined;
    setRun(undefined);
    setRunId(undefined);
  }, []);

  useEffect(() => {
    if (!runId) return;
    const key = runKey(runbookId, runId);
    const onStorage = (event: StorageEvent) => {
      if (event.key !== key && event.key !== null) return;
      if (storedHead(browserRunStore(), key) !== head.current) markStale();
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [runbookId, runId, markStale]);

  const apply = useCallback(
    (action: RunAction) => {
      const step = queue.current.then(async (): Promise<RunError | undefined> => {
        const active = latest.current;
        if (!active) return { code: 'not-started', message: 'No run is open.' };
        if (staleRef.current) return { code: 'not-started', message: STALE };
        const result = await applyAction(active.run, action);
        if (!result.ok) return result.error;
        // A newer copy in another tab: keep this tab's view as it was and save nothing.
        if (!save(result.run, active.runId)) return { code: 'not-started', message: STALE };
        latest.current = { run: result.run, runId: active.runId };
        setRun(result.run);
        return undefined;
      });
      queue.current = step.catch(() => undefined);
      return step;
    },
    [save],
  );

  return { run, runId, saveProblem, stale, open, close, apply };
}
