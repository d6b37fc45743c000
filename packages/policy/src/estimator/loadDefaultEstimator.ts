import { estimatorOver } from './createEstimator';
import { loadDictionaries } from './loadDictionaries';
import { combineTables, createSortedWordTable, decodeValues } from './sortedWordTable';
import type { PasswordEstimator } from './types';

let pending: Promise<PasswordEstimator> | undefined;

/**
 * The default estimator over the zxcvbn-ts English and common dictionaries, as compiled at build
 * time (`dictionaries.js`: each list cut to 30,000 entries, lowercased, merged, sorted). The
 * data is loaded with `import()` on first call only, so a page that never checks a password never
 * downloads it. Loading is a parse plus an index of line starts, no per-word work. Memoised.
 */
export function loadDefaultEstimator(): Promise<PasswordEstimator> {
  pending ??= loadDictionaries().then(({ estimator, graphs }) => {
    const table = combineTables([createSortedWordTable(estimator.words, decodeValues(estimator.values)), createSortedWordTable(estimator.other.words, decodeValues(estimator.other.values))]);
    return estimatorOver({ table }, graphs);
  });
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
