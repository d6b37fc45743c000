import { loadCommonPasswords, type CommonPasswordList } from '../blocklist/commonPasswords';
import { loadCoreEstimator, loadDefaultEstimator } from '../estimator/loadDefaultEstimator';
import type { PasswordEstimator } from '../estimator/types';

/**
 * The default resources as separate downloads, for a page that shows verdicts as they become
 * possible (issue 14 item 9). Each promise settles on its own; all start at once, and bundlers
 * put each data module in a chunk of its own.
 * - `commonPasswords`: the blocklist chunk alone (no estimator word tables): with it, every rule
 *   except strength can be judged.
 * - `preliminaryEstimator`: the blocklist plus the estimator core (all common passwords, the
 *   keyboard graphs, the words and names ranked up to 6,000): the first strength verdict.
 *   Its estimate is never lower than the final one and can be higher, for a password built from
 *   rarer words, so a page must present it as preliminary until `estimator` settles.
 * - `estimator`: the default estimator, as `loadDefaultEstimator()`.
 */
export interface EvaluationStages {
  commonPasswords: Promise<CommonPasswordList>;
  preliminaryEstimator: Promise<PasswordEstimator>;
  estimator: Promise<PasswordEstimator>;
}

export function loadEvaluationStages(): EvaluationStages {
  return { commonPasswords: loadCommonPasswords(), preliminaryEstimator: loadCoreEstimator(), estimator: loadDefaultEstimator() };
}
