/** Codes of problems found by JSON Schema validation. */
export type SchemaCode =
  | 'schema-type'
  | 'schema-unknown-key'
  | 'schema-missing-key'
  | 'schema-enum'
  | 'schema-pattern'
  | 'schema-length'
  | 'schema-range'
  | 'schema-unique'
  | 'schema-invalid'
  | 'problems-capped';
