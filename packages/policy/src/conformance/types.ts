import type { ClauseStrength, ClauseTopic, ConflictKind, Standard } from '../standards/types';

/**
 * meets: the policy satisfies the clause's condition;
 * fails: it does not, and nothing excuses it;
 * conflicts: it does not, because it satisfies another standard's clause that contradicts this one;
 * not-applicable: the clause does not apply to this policy (MFA, level, superseded edition);
 * manual: a policy file cannot decide it; an auditor must look (the note says where).
 */
export type ConformanceOutcome = 'meets' | 'fails' | 'conflicts' | 'not-applicable' | 'manual';

export const CONFORMANCE_OUTCOMES: readonly ConformanceOutcome[] = ['meets', 'fails', 'conflicts', 'not-applicable', 'manual'];

export interface ClauseConformance {
  clauseId: string;
  title: string;
  strength: ClauseStrength;
  topic: ClauseTopic;
  level?: string;
  outcome: ConformanceOutcome;
  /** The policy field that decided the outcome. */
  field?: string;
  /** Its value in force (absent when the policy does not set it). */
  value?: unknown;
  /** What the clause asks of that field, in words (`>= 15`). */
  expected?: string;
  /** One or two sentences a person can act on. */
  explanation: string;
  /** For `conflicts`: the clause the policy meets instead. */
  conflictsWith?: { standardId: string; clauseId: string; explanation: string };
  /** For `manual`: what an auditor must look at. */
  manual?: string;
}

export interface ConformanceReport {
  policyId: string;
  standardId: string;
  /** The level checked, for standards with levels; clauses above it are not-applicable. */
  level?: string;
  clauses: ClauseConformance[];
  summary: Record<ConformanceOutcome, number>;
}

export interface ConformanceOptions {
  /** Every standard known, so a failure caused by meeting another standard shows as `conflicts`. */
  standards?: readonly Standard[];
  /** Level to check at (for example L1); default: every clause, whatever its level. */
  level?: string;
}

/** Two clauses of different standards that pull against each other. */
export interface StandardConflict {
  kind: ConflictKind;
  a: { standardId: string; clauseId: string };
  b: { standardId: string; clauseId: string };
  explanation: string;
}
