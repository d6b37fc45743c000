export type { ConformanceOutcome, ClauseConformance, ConformanceReport, ConformanceOptions, StandardConflict } from './types';
export { CONFORMANCE_OUTCOMES } from './types';
export { checkConformance } from './checkConformance';
export { findConflicts, unresolvedConflictReferences } from './conflictIndex';
export { conformanceMatrix, type ConformanceMatrix } from './conformanceMatrix';
export { emulatedLevel } from './emulatedLevel';
