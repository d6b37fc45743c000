/** Codes of problems found in a standard beyond its schema (semantic checks of `loadStandard`). */
export type StandardCode =
  /** Two clauses share an id; policies and runbooks could not tell them apart. */
  | 'standard-duplicate-clause'
  /** A condition names a field that policies do not have. */
  | 'standard-unknown-field'
  /** A condition node mixes forms (field + all, require without unless, ...). */
  | 'standard-condition-shape'
  /** The value does not suit the operator (between needs [low, high], present takes none, ...). */
  | 'standard-condition-value'
  /** The value's type does not match the field's (a number compared with a boolean field, ...). */
  | 'standard-condition-type'
  /** A clause names a level the standard does not list. */
  | 'standard-unknown-level'
  /** A clause has no condition and no note saying what an auditor must look at. */
  | 'standard-manual-missing'
  /** A clause says it conflicts with itself or names one clause twice. */
  | 'standard-bad-conflict';
