import { useCallback, useRef, useState } from 'react';
import { applyAction, type Run, type RunAction, type RunError } from '@stepwise/runbook';
import { browserRunStore, saveRun } from '@stepwise/docusaurus-plugin/client';

export interface RunSession {
  run: Run | undefined;
  runId: string | undefined;
  /** Set when the browser refused to save (the run goes on in memory; export it). */
  saveProblem: string | undefined;
  open: (run: Run, runId: string) => void;
  close: () => void;
  /** Applies an action through the engine; saved after every accepted action. Refusals come back as values. */
  apply: (action: RunAction) => Promise<RunError | undefined>;
}

/** The active run: kept in memory, written to localStorage after every accepted action. */
export function useRunSession(runbookId: string): RunSession {
  const [run, setRun] = useState<Run>();
  const [runId, setRunId] = useState<string>();
  const [saveProblem, setSaveProblem] = useState<string>();
  // Actions are applied one after another, each on the run the previous one produced.
  const latest = useRef<{ run: Run; runId: string } | undefined>(undefined);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  const open = useCallback(
    (next: Run, id: string) => {
      latest.current = { run: next, runId: id };
      setRun(next);
      setRunId(id);
      setSaveProblem(saveRun(browserRunStore(), runbookId, id, next.context.actor, next.events));
    },
    [runbookId],
  );

  const close = useCallback(() => {
    latest.current = undefined;
    setRun(undefined);
    setRunId(undefined);
  }, []);

  const apply = useCallback(
    (action: RunAction) => {
      const step = queue.current.then(async (): Promise<RunError | undefined> => {
        const active = latest.current;
        if (!active) return { code: 'not-started', message: 'No run is open.' };
        const result = await applyAction(active.run, action);
        if (!result.ok) return result.error;
        latest.current = { run: result.run, runId: active.runId };
        setRun(result.run);
        setSaveProblem(saveRun(browserRunStore(), runbookId, active.runId, result.run.context.actor, result.run.events));
        return undefined;
      });
      queue.current = step.catch(() => undefined);
      return step;
    },
    [runbookId],
  );

  return { run, runId, saveProblem, open, close, apply };
}
