import type { PolicyDocument } from '../types';
import { describeCondition } from '../standards/describeCondition';
import { evaluateCondition, type ConditionResult, type LeafResult } from '../standards/evaluateCondition';
import { isFieldCondition, type Condition, type Standard, type StandardClause } from '../standards/types';
import { findConflicts, indexClauses, type IndexedClause } from './conflictIndex';
import { CONFORMANCE_OUTCOMES, type ClauseConformance, type ConformanceOptions, type ConformanceOutcome, type ConformanceReport } from './types';

/**
 * Judges a policy (with `extends` already resolved) clause by clause against one standard. Each
 * outcome names the policy field and value that decided it. Pure: same inputs, same report.
 *
 * Order of judgement for a clause: superseded edition -> above the checked level -> `applies`
 * false -> no condition (manual) -> condition holds (meets) -> condition unknown (manual) ->
 * fails because another standard's contradicting clause is met (conflicts) -> an alternative a
 * policy cannot show (manual) -> fails.
 */
export function checkConformance(policy: PolicyDocument, standard: Standard, options: ConformanceOptions = {}): ConformanceReport {
  const all = [standard, ...(options.standards ?? []).filter((s) => s.id !== standard.id)];
  const index = indexClauses(all);
  const partners = exclusivePartners(all);
  const levels = standard.levels ?? [];
  const levelRank = options.level !== undefined ? levels.indexOf(options.level) : -1;
  const clauses = standard.clauses.map((clause): ClauseConformance => {
    const base = { clauseId: clause.id, title: clause.title, strength: clause.strength, topic: clause.topic, ...(clause.level ? { level: clause.level } : {}) };
    return { ...base, ...judge(clause) };
  });
  const summary = Object.fromEntries(CONFORMANCE_OUTCOMES.map((o) => [o, 0])) as Record<ConformanceOutcome, number>;
  for (const c of clauses) summary[c.outcome]++;
  return { policyId: policy.id, standardId: standard.id, ...(options.level !== undefined ? { level: options.level } : {}), clauses, summary };

  function judge(clause: StandardClause): Omit<ClauseConformance, 'clauseId' | 'title' | 'strength' | 'topic' | 'level'> {
    if (clause.superseded) {
      const reference = clause.condition ? evaluateCondition(clause.condition, policy) : undefined;
      const would = reference ? ` For reference, the policy would ${reference.ok === true ? 'meet' : reference.ok === false ? 'not meet' : 'leave open'} it: ${leafText(reference.decisive)}.` : '';
      return { outcome: 'not-applicable', ...decided(reference?.decisive), explanation: `Superseded: ${oneLine(clause.superseded)}${would}` };
    }
    if (levelRank >= 0 && clause.level !== undefined && levels.indexOf(clause.level) > levelRank) {
      return { outcome: 'not-applicable', explanation: `A level ${clause.level} clause; this report checks level ${options.level}.` };
    }
    if (clause.applies) {
      const applies = evaluateCondition(clause.applies, policy);
      if (applies.ok === false) return { outcome: 'not-applicable', ...decided(applies.decisive), explanation: `Does not apply: ${leafText(applies.decisive)} (it applies when ${describeCondition(clause.applies)}).` };
      if (applies.ok === 'unknown') return manual(clause, applies, `Cannot tell whether it applies: ${leafText(applies.decisive)}.`);
    }
    if (!clause.condition) return { outcome: 'manual', explanation: `Not decidable from a policy. ${note(clause.manual)}`.trim(), ...(clause.manual ? { manual: oneLine(clause.manual) } : {}) };
    const result = evaluateCondition(clause.condition, policy);
    if (result.ok === true) return { outcome: 'meets', ...decided(result.decisive), explanation: `${leafText(result.decisive)}; ${needs(clause.condition, result.decisive)}.` };
    if (result.ok === 'unknown') return manual(clause, result, `The policy does not say: ${leafText(result.decisive)}.`);
    const failedText = describeFailures(result);
    const conflict = conflictFor(clause, result);
    if (conflict?.complete) {
      return {
        outcome: 'conflicts',
        ...decided(result.failed[0] ?? result.decisive),
        explanation: `${failedText} The policy meets ${conflict.clauseId} (${conflict.standardId}) instead, which contradicts this clause: ${oneLine(conflict.explanation)}`,
        conflictsWith: { standardId: conflict.standardId, clauseId: conflict.clauseId, explanation: oneLine(conflict.explanation) },
      };
    }
    // Part of the failure comes from a contradicting standard, but not all: it still fails, and
    // the conflicting part is named so that nobody mistakes it for an oversight.
    const partly = conflict ? ` Part of this contradicts ${conflict.clauseId} (${conflict.standardId}), which the policy meets: ${oneLine(conflict.explanation)}` : '';
    const related = conflict ? { conflictsWith: { standardId: conflict.standardId, clauseId: conflict.clauseId, explanation: oneLine(conflict.explanation) } } : {};
    if (clause.alternative) {
      return { outcome: 'manual', ...decided(result.failed[0] ?? result.decisive), explanation: `${failedText}${partly} It can still be met another way: ${oneLine(clause.alternative)}`, manual: oneLine(clause.alternative), ...related };
    }
    return { outcome: 'fails', ...decided(result.failed[0] ?? result.decisive), explanation: `${failedText}${partly}`, ...related };
  }

  function manual(clause: StandardClause, result: ConditionResult, why: string) {
    return { outcome: 'manual' as const, ...decided(result.decisive), explanation: `${why} ${note(clause.manual)}`.trim(), ...(clause.manual ? { manual: oneLine(clause.manual) } : {}) };
  }

  /**
   * A met clause of another standard that contradicts this one and speaks about the same
   * settings. `complete` when it covers every failing setting, so the conflict alone explains
   * the failure.
   */
  function conflictFor(clause: StandardClause, result: ConditionResult): { standardId: string; clauseId: string; explanation: string; complete: boolean } | undefined {
    const failing = new Set(result.failed.map((f) => subjectOf(f.field)));
    let partial: { standardId: string; clauseId: string; explanation: string; complete: boolean } | undefined;
    for (const { clauseId, explanation } of partners.get(clause.id) ?? []) {
      const other: IndexedClause | undefined = index.get(clauseId);
      if (!other?.clause.condition) continue;
      if (other.clause.applies && evaluateCondition(other.clause.applies, policy).ok !== true) continue;
      if (evaluateCondition(other.clause.condition, policy).ok !== true) continue;
      const theirs = new Set([...fieldsOf(other.clause.condition)].map(subjectOf));
      const covered = [...failing].filter((f) => theirs.has(f));
      if (covered.length === failing.size) return { standardId: other.standardId, clauseId, explanation, complete: true };
      if (covered.length > 0) partial ??= { standardId: other.standardId, clauseId, explanation, complete: false };
    }
    return partial;
  }
}

/**
 * The setting a field belongs to: a rule (`rules.composition.classes` -> `rules.composition`),
 * the lockout block, or the field itself. Two clauses about the same rule can contradict even when
 * they name different keys of it (Entra's `classes: ascii` against NIST's "no composition").
 */
function subjectOf(field: string): string {
  const parts = field.split('.');
  if (parts[0] === 'rules' && parts.length > 2) return parts.slice(0, 2).join('.');
  if (parts[0] === 'lifecycle' && parts[1] === 'lockout') return 'lifecycle.lockout';
  return field;
}

/** Exclusive conflicts only: a `tension` pair can be met together, so it never excuses a failure. */
function exclusivePartners(standards: readonly Standard[]): Map<string, { clauseId: string; explanation: string }[]> {
  const partners = new Map<string, { clauseId: string; explanation: string }[]>();
  const add = (from: string, to: string, explanation: string) => partners.set(from, [...(partners.get(from) ?? []), { clauseId: to, explanation }]);
  for (const conflict of findConflicts(standards)) {
    if (conflict.kind !== 'exclusive') continue;
    add(conflict.a.clauseId, conflict.b.clauseId, conflict.explanation);
    add(conflict.b.clauseId, conflict.a.clauseId, conflict.explanation);
  }
  return partners;
}

function fieldsOf(condition: Condition): Set<string> {
  const out = new Set<string>();
  const stack: Condition[] = [condition];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (isFieldCondition(c)) out.add(c.field);
    else if ('all' in c) stack.push(...c.all);
    else if ('any' in c) stack.push(...c.any);
    else if ('not' in c) stack.push(c.not);
    else stack.push(c.require, c.unless);
  }
  return out;
}

function decided(leaf: LeafResult | undefined): Pick<ClauseConformance, 'field' | 'value' | 'expected'> {
  if (!leaf) return {};
  return { field: leaf.field, ...(leaf.value !== undefined ? { value: leaf.value } : {}), expected: leaf.expected };
}

function needs(condition: Condition, leaf: LeafResult): string {
  const whole = describeCondition(condition);
  const own = `${leaf.field} ${leaf.expected}`;
  return whole === own ? `the clause needs ${own}` : `the clause needs ${whole}`;
}

function describeFailures(result: ConditionResult): string {
  const failed = result.failed.length > 0 ? result.failed : [result.decisive];
  // An `any` that fails lists every branch; say them as alternatives.
  return `${failed.map((leaf) => `${leafText(leaf)} (needs ${leaf.expected})`).join('; ')}.`;
}

export function leafText(leaf: LeafResult): string {
  const note = leaf.note ? ` (${leaf.note})` : '';
  if (leaf.value === undefined) return `${leaf.field} is not set${note}`;
  return `${leaf.field} is ${formatValue(leaf.value)}${note}`;
}

function formatValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (value !== null && typeof value === 'object') return 'set';
  return String(value);
}

function note(text: string | undefined): string {
  return text ? `Auditor: ${oneLine(text)}` : '';
}

/** Notes are written as YAML block scalars; reports show them on one line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
