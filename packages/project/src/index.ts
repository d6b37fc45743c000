export { loadProject, type Project, type ProjectOptions, type ProjectRunbook, type ProjectStandard, type SourceFile } from './loadProject';
export { classifySource, type SourceKind } from './classifySource';
export { policyRuleIds } from './policyRuleIds';
export type { ProjectCode } from './codes';
