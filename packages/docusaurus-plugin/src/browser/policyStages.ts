/**
 * The staged loader alone, in a chunk of its own (issue 14 item 9): the checker imports it beside
 * the engine chunk, so the dictionaries start downloading at once instead of after the engine.
 * `@stepwise/policy/stages` holds only the loaders and the estimator (no rules, no RE2).
 */
export { loadEvaluationStages } from '@stepwise/policy/stages';
