// The plugin's public browser entry, `@stepwise/docusaurus-plugin/client`: everything the theme
// components use besides React, Docusaurus and each other (`@theme/...`). Components import only
// their own folder, `@theme/...` and this entry, so an ejected or wrapped copy in a site's
// src/theme/ builds unchanged (Docusaurus swizzling guide: ejected components must not reach into
// the package's private files).
export { browserRandom } from './browserRandom';
export { checkerData, checkerPolicy } from './checkerData';
export { copyText } from './copyText';
export { downloadText } from './downloadText';
export type { CheckerData, CheckerPolicy, CheckerRouteProps, RunbookBundle, RunChecklistRouteProps, VerifyRouteProps } from './interactiveData';
export { loadEvaluator, loadEvaluatorStages, type Evaluator, type EvaluatorStage, type StagedEvaluation } from './loadEvaluator';
export { loadRunbookBundle } from './loadRunbookBundle';
export { monotonicClock } from './monotonicClock';
export { resumeStoredRun, type ResumedRun } from './resumeStoredRun';
export * from './runStorage';
export { readStoredRun, STORED_RUN_FORMAT, STORED_RUN_VERSION, type ReadStoredRun, type StoredRun } from './storedRun';
export { useEvaluator, type EvaluatorState } from './useEvaluator';
export { siteData } from './siteData';
export { groupByRunbook, type RunbookGroup } from '../client/groupByRunbook';
export { useAnchors } from '../client/useAnchors';
export * from './checkerContext';
export * from './continueRecord';
export * from './runIdentity';
