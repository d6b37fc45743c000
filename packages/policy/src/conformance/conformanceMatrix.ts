import type { PolicyDocument } from '../types';
import type { Standard } from '../standards/types';
import { checkConformance } from './checkConformance';
import { emulatedLevel } from './emulatedLevel';
import type { ConformanceReport } from './types';

export interface ConformanceMatrix {
  policyIds: string[];
  standardIds: string[];
  /** reports[i][j]: policy i against standard j. */
  reports: ConformanceReport[][];
}

/**
 * Every policy against every standard, for the auditors' overview. Each pair is checked at the
 * level the policy emulates (its emulatesLevel), or at every level; all standards are passed along
 * so that failures caused by another standard show as conflicts.
 */
export function conformanceMatrix(policies: readonly PolicyDocument[], standards: readonly Standard[]): ConformanceMatrix {
  return {
    policyIds: policies.map((p) => p.id),
    standardIds: standards.map((s) => s.id),
    reports: policies.map((policy) =>
      standards.map((standard) => {
        const level = emulatedLevel(policy, standard);
        return checkConformance(policy, standard, { standards, ...(level !== undefined ? { level } : {}) });
      }),
    ),
  };
}
