/**
 * Standards as data. These types mirror `schema/standard.schema.json`, the single source of truth.
 */

export type Scalar = string | number | boolean;

export type ComparisonOp = '==' | '!=' | '>=' | '<=' | '>' | '<' | 'between' | 'in' | 'includes' | 'present' | 'absent';

/** What a comparison yields when the policy does not set the field. Default `fail`. */
export type IfAbsent = 'pass' | 'fail' | 'unknown';

/** `{ field: rules.length.min, op: '>=', value: 15 }`: one policy field against a value. */
export interface FieldCondition {
  field: string;
  op: ComparisonOp;
  value?: Scalar | Scalar[];
  ifAbsent?: IfAbsent;
}

export interface AllCondition {
  all: Condition[];
}

export interface AnyCondition {
  any: Condition[];
}

export interface NotCondition {
  not: Condition;
}

/** Holds when `unless` holds, or else when `require` holds ("length >= 15 unless MFA"). */
export interface UnlessCondition {
  require: Condition;
  unless: Condition;
}

export type Condition = FieldCondition | AllCondition | AnyCondition | NotCondition | UnlessCondition;

export type ClauseStrength = 'SHALL' | 'SHALL NOT' | 'SHOULD' | 'SHOULD NOT' | 'MAY' | 'REQUIRED' | 'RECOMMENDED' | 'SETTING';

export type ClauseTopic =
  | 'length'
  | 'charset'
  | 'normalization'
  | 'composition'
  | 'strength'
  | 'blocklist'
  | 'context'
  | 'repetition'
  | 'rotation'
  | 'history'
  | 'lockout'
  | 'reset'
  | 'recovery'
  | 'verification'
  | 'storage'
  | 'interface'
  | 'mfa'
  | 'other';

/**
 * exclusive: no policy can meet both clauses (their conditions contradict);
 * tension: both can be met, but the standards pull in opposite directions.
 */
export type ConflictKind = 'exclusive' | 'tension';

export interface ClauseConflictRef {
  clause: string;
  kind: ConflictKind;
  explanation: string;
}

export interface StandardClause {
  id: string;
  title: string;
  summary: string;
  source?: string;
  strength: ClauseStrength;
  level?: string;
  topic: ClauseTopic;
  applies?: Condition;
  condition?: Condition;
  manual?: string;
  alternative?: string;
  superseded?: string;
  conflictsWith?: ClauseConflictRef[];
}

export interface Standard {
  $schema?: string;
  id: string;
  title: string;
  publisher: string;
  version: string;
  url: string;
  summary: string;
  levels?: string[];
  clauses: StandardClause[];
}

export function isFieldCondition(condition: Condition): condition is FieldCondition {
  return 'field' in condition || 'op' in condition;
}
