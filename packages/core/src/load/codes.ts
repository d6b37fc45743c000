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
  | 'yaml-directive'
  | 'yaml-unknown-tag'
  | 'yaml-key-type'
  | 'yaml-escape'
  | 'yaml-lone-surrogate'
  | 'problems-capped'
  | 'yaml-internal';

/**
 * Maps the `yaml` library's error and warning codes (its `src/errors.ts`, `ErrorCode`) onto ours;
 * anything unlisted is a syntax error. Its warnings are errors here: an unresolved tag read as a
 * string, or an unknown directive skipped, is a second reading of the file (issue 15, item 2).
 */
export const YAML_ERROR_CODES: Readonly<Record<string, LoadCode>> = {
  DUPLICATE_KEY: 'yaml-duplicate-key',
  TAB_AS_INDENT: 'yaml-tab-indent',
  MULTIPLE_DOCS: 'yaml-multiple-documents',
  BAD_DIRECTIVE: 'yaml-directive',
  TAG_RESOLVE_FAILED: 'yaml-unknown-tag',
  BAD_COLLECTION_TYPE: 'yaml-unknown-tag',
  BAD_DQ_ESCAPE: 'yaml-escape',
};
