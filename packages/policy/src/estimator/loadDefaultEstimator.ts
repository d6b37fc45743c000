import { loadCommonPasswordTable } from './commonPasswordTable';
import { estimatorOver } from './createEstimator';
import type { EstimatorCoreData } from './dictionaryData';
import { loadEstimatorCoreData, loadEstimatorRestData } from './loadDictionaries';
import type { RankedDictionary } from './rankedDictionary';
import { createSortedWordTable, mergeTables } from './sortedWordTable';
import { codeValue, rankDecoder, storedWordTable } from './storedWordTable';
import type { PasswordEstimator } from './types';

/** The core estimator's dictionaries, kept so the full one adds only the rest. */
interface CoreParts {
  data: EstimatorCoreData;
  passwords: RankedDictionary;
  words: RankedDictionary;
}

let pendingCore: Promise<CoreParts> | undefined;
let pendingFull: Promise<PasswordEstimator> | undefined;

function loadCore(): Promise<CoreParts> {
  pendingCore ??= Promise.all([loadCommonPasswordTable(), loadEstimatorCoreData()]).then(([common, data]) => {
    // The blocklist's sorted words, valued with the estimator's rank for each (zxcvbn 4.4.2's).
    const ranks = rankDecoder(data.rankStepsPerDecade);
    const values = new Int32Array(common.table.size);
    for (let k = 0; k < values.length; k++) values[k] = ranks[codeValue(data.passwordRanks.charCodeAt(common.table.valueAt(k) - 1))]! * 4;
    return { data, passwords: { table: createSortedWordTable(common.sortedWords, values) }, words: { table: storedWordTable(data, data.rankStepsPerDecade) } };
  });
  pendingCore.catch(() => {
    pendingCore = undefined;
  });
  return pendingCore;
}

/**
 * Stage 1 of the default estimator: every common password (the blocklist's chunk, shared) and
 * the words and names of zxcvbn 4.4.2's lists ranked up to 6,000 (data/estimatorCore.js, about
 * 78 KB gzip). Enough for a first strength verdict on a phone; it can rate a password higher than
 * the full estimator when the password is built from rarer words (README "Staged loading").
 * Memoised.
 */
export async function loadCoreEstimator(): Promise<PasswordEstimator> {
  const core = await loadCore();
  return estimatorOver([core.passwords, core.words], core.data.graphs);
}

/**
 * The default estimator: zxcvbn 4.4.2's algorithms over zxcvbn 4.4.2's word lists and every
 * common password of the shipped list, as compiled at build time (scripts/compileDictionaries.mjs).
 * The data is loaded with `import()` on first call only (three chunks: the blocklist, the core,
 * the rest), so a page that never checks a password never downloads it. Memoised.
 */
export function loadDefaultEstimator(): Promise<PasswordEstimator> {
  pendingFull ??= Promise.all([loadCore(), loadEstimatorRestData()]).then(([core, rest]) => {
    const words = mergeTables(core.words.table, storedWordTable(rest, core.data.rankStepsPerDecade));
    return estimatorOver([core.passwords, { table: words }], core.data.graphs);
  });
  pendingFull.catch(() => {
    pendingFull = undefined;
  });
  return pendingFull;
}
