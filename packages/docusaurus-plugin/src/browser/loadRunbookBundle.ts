import type { RunbookBundle } from './interactiveData';

const cache = new Map<string, Promise<RunbookBundle | undefined>>();

/**
 * The runbook and its exact source, loaded on demand: one chunk per runbook (a bundler context
 * import over the files `interactiveRoutes` writes), so no page carries every runbook's source.
 * Resolves undefined for a runbook the site does not have.
 */
export function loadRunbookBundle(id: string): Promise<RunbookBundle | undefined> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) return Promise.resolve(undefined);
  let pending = cache.get(id);
  if (!pending) {
    pending = import(`@stepwise/docusaurus-plugin-data/run-${id}.json`).then(
      (module: { default: RunbookBundle }) => module.default,
      () => undefined,
    );
    cache.set(id, pending);
  }
  return pending;
}
