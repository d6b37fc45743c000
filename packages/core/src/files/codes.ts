/** Codes of source files the CLI and the site refuse to read (issue 15: only regular files inside the project). */
export type FileCode =
  | 'file-not-regular'
  | 'file-outside-project';
