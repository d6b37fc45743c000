import { useCallback, useState } from 'react';
import { loadEvaluator, type Evaluator } from './loadEvaluator';

export type EvaluatorState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; evaluator: Evaluator }
  | { status: 'failed'; message: string };

/**
 * The evaluator, loaded when `load` is first called (on the password field's first focus), never
 * with the page: the engine and the estimator's dictionaries are the heaviest part of the checker
 * (stack guide pitfall 3).
 */
export function useEvaluator(): { state: EvaluatorState; load: () => void } {
  const [state, setState] = useState<EvaluatorState>({ status: 'idle' });
  const load = useCallback(() => {
    setState((current) => (current.status === 'idle' || current.status === 'failed' ? { status: 'loading' } : current));
    loadEvaluator().then(
      (evaluator) => setState({ status: 'ready', evaluator }),
      () => setState({ status: 'failed', message: 'The checker could not be loaded; reload the page to try again.' }),
    );
  }, []);
  return { state, load };
}
