import { useCallback, useState } from 'react';
import { loadEvaluationResources, type EvaluateOptions } from '@stepwise/policy';
import { sharedEstimator } from './sharedEstimator';

export type ResourcesState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; resources: EvaluateOptions }
  | { status: 'failed'; message: string };

let shared: Promise<EvaluateOptions> | undefined;

/**
 * The estimator and common-password list, loaded when `load` is first called (on the password
 * field's first focus), never with the page: they are the heaviest part of the checker (stack
 * guide pitfall 3). One load per page, shared by every checker on it. Loading fetches the site's
 * own chunks only; nothing is sent anywhere.
 */
export function useEvaluationResources(): { state: ResourcesState; load: () => void } {
  const [state, setState] = useState<ResourcesState>({ status: 'idle' });
  const load = useCallback(() => {
    setState((current) => (current.status === 'idle' || current.status === 'failed' ? { status: 'loading' } : current));
    shared ??= loadEvaluationResources().then((resources) => ({ ...resources, ...(resources.estimator ? { estimator: sharedEstimator(resources.estimator) } : {}) }));
    shared.then(
      (resources) => setState({ status: 'ready', resources }),
      () => {
        shared = undefined;
        setState({ status: 'failed', message: 'The strength dictionaries could not be loaded; reload the page to try again.' });
      },
    );
  }, []);
  return { state, load };
}
