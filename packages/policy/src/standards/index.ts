export type * from './types';
export { isFieldCondition } from './types';
export type { StandardCode } from './codes';
export { loadStandard, type LoadedStandard, type StandardDiagnosticCode } from './loadStandard';
export { evaluateCondition, type ConditionResult, type LeafResult, type Truth } from './evaluateCondition';
export { describeCondition, describeComparison } from './describeCondition';
export { readPolicyField, type FieldReading } from './readPolicyField';
export { POLICY_FIELDS, type PolicyField, type FieldType } from './policyFields';
export { checkCondition, type ConditionProblem } from './checkCondition';
