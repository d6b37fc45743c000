/** Codes of problems found by the runbook cross-reference checks, after the schema. */
export type RunbookCode =
  | 'runbook-duplicate-step-id'
  | 'runbook-duplicate-id'
  | 'runbook-duplicate-evidence-id'
  | 'runbook-dangling-branch'
  | 'runbook-branch-cycle'
  | 'runbook-unknown-role'
  | 'runbook-unknown-variant'
  | 'runbook-unknown-input'
  | 'runbook-unknown-input-value'
  | 'runbook-unknown-policy'
  | 'runbook-unknown-clause'
  | 'runbook-unknown-rule'
  | 'runbook-invalid-pattern'
  | 'runbook-unreachable-step'
  | 'runbook-branch-conflict';
