/** Codes of problems found while reading a YAML source, before any schema applies. */
export type LoadCode =
  | 'file-too-large'
  | 'file-empty'
  | 'file-binary'
  | 'yaml-syntax'
  | 'yaml-duplicate-key'
  | 'yaml-tab-indent'
  | 'yaml-multiple-documents'
  | 'yaml-alias-limit'
  | 'yaml-too-deep'
  | 'yaml-internal';

/** Maps the `yaml` library's error codes onto ours; anything unlisted is a syntax error. */
export const YAML_ERROR_CODES: Readonly<Record<string, LoadCode>> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab-indent',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
};
