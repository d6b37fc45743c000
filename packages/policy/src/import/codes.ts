/** Codes of problems found reading a target's native settings (stepwise import and drift). */
export type ImportCode =
  | 'import-syntax'
  | 'import-unknown-setting'
  | 'import-wrong-type'
  | 'import-invalid-value'
  | 'import-no-equivalent'
  | 'import-empty';
