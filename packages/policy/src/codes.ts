/** Codes of problems the policy package finds beyond YAML and JSON Schema (which keep their own codes). */
export type PolicyCode =
  | 'policy-length-range'
  | 'policy-pattern-invalid'
  | 'policy-pattern-duplicate'
  | 'policy-composition-impossible'
  | 'policy-example-rule-unknown'
  | 'policy-extends-unknown'
  | 'policy-extends-cycle'
  | 'policy-duplicate-id';
