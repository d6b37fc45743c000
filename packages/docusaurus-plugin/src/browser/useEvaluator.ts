import { useCallback, useRef, useState } from 'react';
import { loadEvaluatorStages, type Evaluator } from './loadEvaluator';

export type EvaluatorState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; evaluator: Evaluator }
  | { status: 'failed'; message: string };

/**
 * The evaluator, loaded when `load` is first called (on the password field's first focus), never
 * with the page: the engine and the estimator's dictionaries are the heaviest part of the checker
 * (stack guide pitfall 3). Ready as soon as the engine is (rules judged at once), then replaced at
 * each stage as the blocklist and the dictionaries arrive (loadEvaluator.ts, EvaluatorStage).
 */
export function useEvaluator(): { state: EvaluatorState; load: () => void } {
  const [state, setState] = useState<EvaluatorState>({ status: 'idle' });
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setState({ status: 'loading' });
    let reached = false;
    loadEvaluatorStages((evaluator) => {
      reached = true;
      setState({ status: 'ready', evaluator });
    }).catch(() => {
      started.current = false;
      // A stage already shown stays; only a checker with nothing loaded reports the failure.
      if (!reached) setState({ status: 'failed', message: 'The checker could not be loaded; reload the page to try again.' });
    });
  }, []);
  return { state, load };
}
