import type { ReactNode } from 'react';
import { auditRecordToJson, exportAuditRecord, type Runbook } from '@stepwise/runbook';
import { downloadText } from '@stepwise/docusaurus-plugin/client';
import type { StoredRun } from '@stepwise/docusaurus-plugin/client';

/** The events of a stored run that cannot be resumed, as an audit record file (nothing is lost). */
export default function StoredRunExport({ run, runbook }: { run: StoredRun; runbook: Runbook }): ReactNode {
  const save = () => {
    try {
      downloadText(`${runbook.id}-${run.runId}.json`, auditRecordToJson(exportAuditRecord({ events: run.events })), 'application/json');
    } catch {
      // A run without its start event: give the raw events as they were stored.
      downloadText(`${runbook.id}-${run.runId}.stored.json`, `${JSON.stringify(run, null, 2)}\n`, 'application/json');
    }
  };
  return <button type="button" className="button button--sm button--secondary" onClick={save}>Export it</button>;
}
