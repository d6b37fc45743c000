import { exportAuditRecord, resumeRun, verifyAuditRecord, type Run, type Runbook } from '@stepwise/runbook';
import { monotonicClock } from './monotonicClock';
import type { StoredRun } from './storedRun';

export type ResumedRun = { ok: true; run: Run } | { ok: false; reason: string };

/**
 * A stored run back in memory, only if it is exactly a run of this runbook: every hash, link
 * and action checked by the same `verifyAuditRecord` as `stepwise verify`, then replayed.
 */
export async function resumeStoredRun(runbook: Runbook, stored: StoredRun, actor: string = stored.actor): Promise<ResumedRun> {
  let record;
  try {
    record = exportAuditRecord({ events: stored.events });
  } catch {
    return { ok: false, reason: 'The saved run does not begin with its start event.' };
  }
  const verification = await verifyAuditRecord(record, undefined, runbook);
  if (!verification.valid) {
    const first = verification.problems[0];
    return { ok: false, reason: first ? `${first.seq === null ? '' : `Event ${first.seq}: `}${first.message}` : 'The saved run does not verify.' };
  }
  const resumed = resumeRun(runbook, stored.events, { actor, clock: monotonicClock(stored.events.at(-1)?.at) });
  return resumed.ok ? { ok: true, run: resumed.run } : { ok: false, reason: resumed.error.message };
}
