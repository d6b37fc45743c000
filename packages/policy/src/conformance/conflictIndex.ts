import type { Standard, StandardClause } from '../standards/types';
import type { StandardConflict } from './types';

export interface IndexedClause {
  standardId: string;
  clause: StandardClause;
}

/** Clauses by id across standards (ids are globally unique: N4-, A5-, PCI-, CIS-, AD-, EN-, EPP-, PWQ-). */
export function indexClauses(standards: readonly Standard[]): Map<string, IndexedClause> {
  const index = new Map<string, IndexedClause>();
  for (const standard of standards) for (const clause of standard.clauses) if (!index.has(clause.id)) index.set(clause.id, { standardId: standard.id, clause });
  return index;
}

/**
 * Lists pairs of clauses that contradict (`exclusive`: no policy can meet both) or pull in opposite
 * directions (`tension`), from the `conflictsWith` entries of the standards. A pair declared on both
 * sides is listed once, with the first explanation met; the order follows the standards given.
 */
export function findConflicts(standards: readonly Standard[]): StandardConflict[] {
  const index = indexClauses(standards);
  const seen = new Set<string>();
  const out: StandardConflict[] = [];
  for (const standard of standards) {
    for (const clause of standard.clauses) {
      for (const ref of clause.conflictsWith ?? []) {
        const other = index.get(ref.clause);
        if (!other) continue;
        const key = [clause.id, ref.clause].sort().join('\u0000');
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ kind: ref.kind, a: { standardId: standard.id, clauseId: clause.id }, b: { standardId: other.standardId, clauseId: ref.clause }, explanation: ref.explanation.trim() });
      }
    }
  }
  return out;
}

/** `conflictsWith` entries naming a clause that none of the standards holds. */
export function unresolvedConflictReferences(standards: readonly Standard[]): { standardId: string; clauseId: string; reference: string }[] {
  const index = indexClauses(standards);
  return standards.flatMap((standard) =>
    standard.clauses.flatMap((clause) => (clause.conflictsWith ?? []).filter((ref) => !index.has(ref.clause)).map((ref) => ({ standardId: standard.id, clauseId: clause.id, reference: ref.clause }))),
  );
}
