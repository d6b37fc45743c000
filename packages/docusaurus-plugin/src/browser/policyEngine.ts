/**
 * The part of `@stepwise/policy` the browser runs, in its own chunk: pages import it with
 * `import()` on the password field's first focus, so no page carries the evaluator, its
 * linear-time regular expressions or the estimator at start. The dictionaries load after it,
 * through `loadCommonPasswords` and `loadDefaultEstimator` (each its own `import()`).
 */
export { evaluatePassword, generatePassword, loadCommonPasswords, loadDefaultEstimator } from '@stepwise/policy';
export { sharedEstimator } from './sharedEstimator';
