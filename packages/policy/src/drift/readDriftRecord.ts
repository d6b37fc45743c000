import { EXPORT_TARGETS } from '../export/types';
import type { DriftRecord } from './formatDrift';

/**
 * A committed drift record (`stepwise drift --format json`), checked field by field so that a
 * hand-edited or foreign JSON file is a clear problem, never a crash of the site build.
 */
export function readDriftRecord(text: string): { record: DriftRecord } | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const r = value as Partial<DriftRecord> | null;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return { problem: 'not a drift record (expected an object)' };
  if (typeof r.policyId !== 'string') return { problem: '"policyId" must be a string' };
  if (!EXPORT_TARGETS.includes(r.target as never)) return { problem: `"target" must be one of ${EXPORT_TARGETS.join(', ')}` };
  if (typeof r.date !== 'string' || Number.isNaN(Date.parse(r.date))) return { problem: '"date" must be an ISO 8601 date' };
  if (typeof r.inSync !== 'boolean') return { problem: '"inSync" must be true or false' };
  if (typeof r.source !== 'string') return { problem: '"source" must be a string' };
  if (!Array.isArray(r.entries) || !r.entries.every((e) => e && typeof e.setting === 'string' && ['match', 'drift', 'missing', 'undeclared'].includes(e.verdict))) return { problem: '"entries" must be a list of { setting, verdict }' };
  const summary = { match: 0, drift: 0, missing: 0, undeclared: 0 };
  for (const e of r.entries) summary[e.verdict]++;
  return { record: { policyId: r.policyId, target: r.target!, source: r.source, date: r.date, inSync: r.inSync, entries: r.entries, summary } };
}
