import { useCallback, useRef, useState } from 'react';
import { loadEvaluator, loadEvaluatorStages, type Evaluator } from './loadEvaluator';

export type EvaluatorState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; evaluator: Evaluator }
  | { status: 'failed'; message: string };

/**
 * The evaluator, loaded when `load` is first called (on the password field's first focus), never
 * with the page: the engine and the estimator's dictionaries are the heaviest part of the checker
 * (stack guide pitfall 3). It becomes `ready` with the rules that need no data first, and is
 * replaced as the blocklist and the estimator arrive (`evaluator.pending` says what is missing).
 */
export function useEvaluator(): { state: EvaluatorState; load: () => void } {
  const [state, setState] = useState<EvaluatorState>({ status: 'idle' });
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setState((current) => (current.status === 'ready' ? current : { status: 'loading' }));
    const better = (evaluator: Evaluator) =>
      setState((current) => (current.status === 'ready' && current.evaluator.pending.length < evaluator.pending.length ? current : { status: 'ready', evaluator }));
    loadEvaluatorStages(better).then(
      (evaluator) => {
        setState({ status: 'ready', evaluator });
        // The generator and the compare view share the complete one.
        void loadEvaluator().catch(() => undefined);
      },
      () => {
        started.current = false;
        setState({ status: 'failed', message: 'The checker could not be loaded; reload the page to try again.' });
      },
    );
  }, []);
  return { state, load };
}
