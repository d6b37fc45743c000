import type { ReactNode } from 'react';
import { auditRecordToJson, formatAuditMarkdown, type AuditRecord, type Runbook } from '@stepwise/runbook';
import { downloadText } from '@stepwise/docusaurus-plugin/client';

export interface Props {
  record: AuditRecord;
  runbook: Runbook;
  /** File name without extension (runbook, ticket and run id). */
  baseName: string;
  /** Label of the JSON button; default "Export JSON". */
  jsonLabel?: string;
  markdown?: boolean;
  size?: 'sm' | 'md';
}

/** Downloads the audit record as JSON (to verify, or to continue elsewhere) and as Markdown (for the ticket). */
export default function ExportButtons({ record, runbook, baseName, jsonLabel = 'Export JSON', markdown = true, size = 'sm' }: Props): ReactNode {
  const cls = `button ${size === 'sm' ? 'button--sm ' : ''}button--secondary`;
  return (
    <>
      <button type="button" className={cls} onClick={() => downloadText(`${baseName}.json`, auditRecordToJson(record), 'application/json')}>
        {jsonLabel}
      </button>
      {markdown && (
        <button type="button" className={cls} onClick={() => downloadText(`${baseName}.md`, formatAuditMarkdown(record, runbook), 'text/markdown')}>
          Export Markdown
        </button>
      )}
    </>
  );
}
