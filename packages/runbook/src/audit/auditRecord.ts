import type { RunbookIdentity, RunEvent, StartData } from '../run/runEvent';

export const AUDIT_RECORD_FORMAT = 'stepwise-audit-record';
export const AUDIT_RECORD_VERSION = 1;
/**
 * The largest record file read (CLI and site): room for `MAX_RUN_EVENTS` (100,000) events as
 * exported (about 400 bytes each with two-space indentation), and no more.
 */
export const MAX_RECORD_BYTES = 64 * 1024 * 1024;

/**
 * The exported record of a run: everything an auditor needs to check it offline. Only the
 * events are protected by the hash chain; `runbook`, `eventCount` and `headHash` repeat what the
 * chain says, so that a reader sees them at once and verification can compare them.
 */
export interface AuditRecord {
  format: typeof AUDIT_RECORD_FORMAT;
  formatVersion: typeof AUDIT_RECORD_VERSION;
  runbook: RunbookIdentity;
  eventCount: number;
  /** The hash of the last event: write it in the ticket to anchor the record. */
  headHash: string;
  events: RunEvent[];
}

/** A run's events -> its audit record (the events are copied, never shared). */
export function exportAuditRecord(run: { events: readonly RunEvent[] }): AuditRecord {
  const start = run.events[0];
  if (!start || start.action !== 'start') throw new TypeError('exportAuditRecord: a run begins with its start event.');
  const { runbook } = start.data as StartData;
  return {
    format: AUDIT_RECORD_FORMAT,
    formatVersion: AUDIT_RECORD_VERSION,
    runbook: { id: runbook.id, version: runbook.version, sourceSha256: runbook.sourceSha256 },
    eventCount: run.events.length,
    headHash: run.events.at(-1)!.hash,
    events: structuredClone([...run.events]),
  };
}

/** The record as a JSON file: two-space indentation, a final newline. */
export function auditRecordToJson(record: AuditRecord): string {
  return `${JSON.stringify(record, null, 2)}\n`;
}
