import type { CommonPasswordData, DicewareData, EstimatorCoreData, StoredWordTable } from './dictionaryData';

/**
 * The data modules the engine loads lazily, compiled at build time by
 * scripts/compileDictionaries.mjs, each with `import()` on first call only so that bundlers put
 * each in a chunk of its own and a page fetches only what it uses (issue 14 item 9):
 * the blocklist alone for the rule verdicts, the estimator's core for a first strength verdict,
 * the rest of its words for the final one, the diceware list for the generator. Memoised; a
 * failed load is retried on the next call.
 */
function lazy<T>(load: () => Promise<{ default: T }>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    pending ??= load().then((m) => m.default);
    pending.catch(() => {
      pending = undefined;
    });
    return pending;
  };
}

export const loadCommonPasswordData: () => Promise<CommonPasswordData> = lazy(() => import('./data/commonPasswords'));
export const loadEstimatorCoreData: () => Promise<EstimatorCoreData> = lazy(() => import('./data/estimatorCore'));
export const loadEstimatorRestData: () => Promise<StoredWordTable> = lazy(() => import('./data/estimatorRest'));
export const loadDicewareData: () => Promise<DicewareData> = lazy(() => import('./data/diceware'));
