export { loadProject, type Project, type ProjectOptions, type ProjectRunbook, type SourceFile } from './loadProject';
export { classifySource, type SourceKind } from './classifySource';
