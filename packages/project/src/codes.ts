/** Codes of problems found across files of a project, after each file's own checks. */
export type ProjectCode =
  | 'project-duplicate-id'
  | 'project-unknown-standard'
  | 'project-unknown-level';
