import { exportAuditRecord, resumeRun, verifyAuditRecord, type AuditVerification, type Run, type RunEvent, type Runbook } from '@stepwise/runbook';
import { monotonicClock } from './monotonicClock';
import type { StoredRun } from './storedRun';

export type ResumedRun = { ok: true; run: Run } | { ok: false; reason: string };

/**
 * A stored run back in memory, only if it is exactly a run of this runbook as published: every
 * hash, link and action checked by the same `verifyAuditRecord` as `stepwise verify`, with the
 * published source, so a run made against another source of the runbook is refused as the CLI
 * refuses it (issue 15 item 4), then replayed.
 */
export async function resumeStoredRun(runbook: Runbook, source: string, stored: StoredRun, actor: string = stored.actor): Promise<ResumedRun> {
  let record;
  try {
    record = exportAuditRecord({ events: stored.events });
  } catch {
    return { ok: false, reason: 'The saved run does not begin with its start event.' };
  }
  return resumeVerified(runbook, await verifyAuditRecord(record, source, runbook), stored.events, actor);
}

/** Replays events already verified; the first problem of a failed verification, in words. */
export function resumeVerified(runbook: Runbook, verification: AuditVerification, events: readonly RunEvent[], actor: string): ResumedRun {
  if (!verification.valid) {
    const first = verification.problems[0];
    return { ok: false, reason: first ? `${first.seq === null ? '' : `Event ${first.seq}: `}${first.message}` : 'The saved run does not verify.' };
  }
  const resumed = resumeRun(runbook, events, { actor, clock: monotonicClock(events.at(-1)?.at) });
  return resumed.ok ? { ok: true, run: resumed.run } : { ok: false, reason: resumed.error.message };
}
