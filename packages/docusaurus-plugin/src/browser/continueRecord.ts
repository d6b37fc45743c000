import { verifyAuditRecord, type AuditSummary, type RunEvent, type Runbook } from '@stepwise/runbook';
import { resumeVerified, type ResumedRun } from './resumeStoredRun';

/** An exported record checked for hand-over: valid, of this runbook as published, and still open. */
export type CheckedRecord = { ok: true; events: RunEvent[]; summary: AuditSummary } | { ok: false; reason: string };

/** Largest record accepted from a file: far above any real run, small enough to parse at once. */
export const MAX_RECORD_BYTES = 5 * 1024 * 1024;

/**
 * Reads an exported audit record (from this site or from `stepwise run`) to continue it here
 * (issue 14 item 3): the same `verifyAuditRecord` as the verify page and `stepwise verify`,
 * against the published runbook and its exact source, then only if the run has not ended.
 */
export async function checkRecord(text: string, runbook: Runbook, source: string): Promise<CheckedRecord> {
  if (text.length > MAX_RECORD_BYTES) return { ok: false, reason: 'The file is larger than any audit record (5 MB).' };
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not JSON: choose the record exported as JSON (not the Markdown).' };
  }
  const verification = await verifyAuditRecord(record, source, runbook);
  if (!verification.valid) {
    const first = verification.problems[0];
    return { ok: false, reason: `The record does not verify against this runbook: ${first ? `${first.seq === null ? '' : `event ${first.seq}: `}${first.message}` : 'unknown problem.'}` };
  }
  if (verification.state?.outcome) return { ok: false, reason: `This run has already ended (${verification.state.outcome}); there is nothing left to continue.` };
  return { ok: true, events: (record as { events: RunEvent[] }).events, summary: verification.summary! };
}

/** The checked record continued under the new engineer's name; earlier events keep their actors. */
export function continueRecord(runbook: Runbook, events: readonly RunEvent[], actor: string): ResumedRun {
  return resumeVerified(runbook, { valid: true, problems: [], headHash: null, replayed: true, summary: null }, events, actor);
}
