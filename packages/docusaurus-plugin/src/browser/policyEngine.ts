/**
 * The part of `@stepwise/policy` the browser runs, in its own chunk: pages import it with
 * `import()` on the password field's first focus (with the dictionaries), so no page carries the
 * evaluator, its linear-time regular expressions or the estimator at start.
 */
export { evaluatePassword, generatePassword, loadEvaluationResources } from '@stepwise/policy';
export { sharedEstimator } from './sharedEstimator';
