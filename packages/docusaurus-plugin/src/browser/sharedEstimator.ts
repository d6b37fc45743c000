import type { PasswordEstimator, StrengthEstimate } from '@stepwise/policy';

/**
 * Wraps an estimator so that judging one password against several policies (the compare view)
 * estimates it once: the last few results are kept in memory, keyed by the exact text and
 * context words. Memory only, never storage; the entries go when the page does.
 */
export function sharedEstimator(estimator: PasswordEstimator, size = 4): PasswordEstimator {
  const recent: { key: string; value: StrengthEstimate }[] = [];
  return {
    estimate(password, userInputs) {
      const key = `${userInputs.join('\u0000')}\u0001${password}`;
      const hit = recent.find((entry) => entry.key === key);
      if (hit) return hit.value;
      const value = estimator.estimate(password, userInputs);
      recent.unshift({ key, value });
      if (recent.length > size) recent.pop();
      return value;
    },
  };
}
