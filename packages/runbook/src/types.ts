/**
 * The runbook model. These types mirror `schema/runbook.schema.json`, the single source of
 * truth; `test/runbook/schema-types.test.ts` checks that the two agree.
 */

export type Audience = 'it-staff' | 'policy-authors' | 'auditors' | 'end-users';
export type FieldType = 'text' | 'choice' | 'boolean' | 'url' | 'timestamp' | 'email' | 'number';
export type CommandLanguage = 'powershell' | 'shell' | 'cmd' | 'text' | 'registry';
export type StepEnd = 'completed' | 'escalated' | 'aborted';

export interface Runbook {
  $schema?: string;
  id: string;
  title: string;
  version: string;
  summary: string;
  owner: { team: string; contact?: string };
  audiences?: Audience[];
  roles: Role[];
  policy?: string;
  variants?: Variant[];
  inputs?: Field[];
  placeholders?: Placeholder[];
  references?: Link[];
  steps: Step[];
}

export interface Role {
  id: string;
  title: string;
  description?: string;
  /** What people in this role hold; checked against the needs of the steps given to it. */
  holds?: Requirements;
}

/**
 * What doing a step takes. `entraRoles` and `exchangeRoleGroups` list alternatives (any one is
 * enough, least privileged first); `graphScopes` are all needed; names come from the catalogue.
 */
export interface Requirements {
  entraRoles?: string[];
  graphScopes?: string[];
  exchangeRoleGroups?: string[];
  adDelegation?: string[];
  licences?: string[];
}

/** A `<name>` in commands, filled from a run input (or its local/domain part), or typed by hand. */
export interface Placeholder {
  name: string;
  input?: string;
  part?: 'local' | 'domain';
  description: string;
  example?: string;
}

export interface Variant {
  id: string;
  title: string;
  description?: string;
}

export interface Link {
  title: string;
  url: string;
}

export interface FieldOption {
  value: string;
  label: string;
}

/** A typed value captured at the start of a run (input) or recorded at a step (evidence). */
export interface Field {
  id: string;
  label: string;
  type: FieldType;
  /** Default true. */
  required?: boolean;
  options?: FieldOption[];
  pattern?: string;
  maxLength?: number;
  secret?: boolean;
  /** An input that tells runs apart or describes the account (issue 14 item 4). */
  identifies?: FieldIdentifies;
  help?: string;
}

export type FieldIdentifies = 'ticket' | 'account' | 'display-name' | 'organization';

export interface Check {
  id: string;
  text: string;
}

export interface Command {
  title?: string;
  language: CommandLanguage;
  code: string;
  when?: Condition;
  requires?: Requirements;
}

/** All listed conditions must hold. */
export interface Condition {
  variant?: string[];
  inputs?: Record<string, (string | boolean | number)[]>;
}

export interface Step {
  id: string;
  title: string;
  role: string;
  requires?: Requirements;
  body: string;
  when?: Condition;
  checks?: Check[];
  evidence?: Field[];
  commands?: Command[];
  links?: Link[];
  clauses?: string[];
  rules?: string[];
  next?: string;
  onFail?: string;
  branchOnly?: boolean;
  end?: StepEnd;
  escalation?: string;
  note?: string;
}
