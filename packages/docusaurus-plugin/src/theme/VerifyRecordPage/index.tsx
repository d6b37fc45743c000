import { useId, useState, type DragEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import PageHeader from '@theme/PageHeader';
import { verifyAuditRecord, type AuditVerification } from '@stepwise/runbook';
import type { VerifyRouteProps } from '@stepwise/docusaurus-plugin/client';
import { loadRunbookBundle } from '@stepwise/docusaurus-plugin/client';
import styles from './styles.module.css';

type Outcome = { verification: AuditVerification; against?: { title: string; file: string } } | { unreadable: string };

/**
 * `/<audit>/verify`: an exported record checked in the browser by the same `verifyAuditRecord` as
 * `stepwise verify`, with every problem by event number; against the runbook source this site
 * publishes when it has it. The record is read locally and sent nowhere.
 */
export default function VerifyRecordPage({ runbooks, routes }: VerifyRouteProps): ReactNode {
  const id = useId();
  const [text, setText] = useState('');
  const [useSource, setUseSource] = useState(true);
  const [outcome, setOutcome] = useState<Outcome>();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const verify = async (json: string) => {
    setBusy(true);
    try {
      let record: unknown;
      try {
        record = JSON.parse(json);
      } catch {
        setOutcome({ unreadable: 'This is not JSON: paste the whole exported .json file.' });
        return;
      }
      const runbookId = typeof record === 'object' && record !== null ? (record as { runbook?: { id?: unknown } }).runbook?.id : undefined;
      const bundle = useSource && typeof runbookId === 'string' ? await loadRunbookBundle(runbookId) : undefined;
      // The runbook model comes with the source: the browser never loads YAML through the schema compiler.
      const verification = bundle ? await verifyAuditRecord(record, bundle.source, bundle.runbook) : await verifyAuditRecord(record);
      setOutcome({ verification, ...(bundle ? { against: { title: bundle.runbook.title, file: bundle.file } } : {}) });
    } finally {
      setBusy(false);
    }
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void file.text().then((content) => { setText(content); void verify(content); });
  };

  return (
    <Layout title="Verify an audit record" description="Check an exported Stepwise run record in your browser.">
      <PageHeader section={{ title: 'Audit', to: `/${routes.audit}` }} title="Verify an audit record">
        <p>
          The same check as <code>stepwise verify</code>: every hash, link, sequence number and time, and every action replayed against the
          runbook. The record is read here and sent nowhere.
        </p>
      </PageHeader>
      <main className="container margin-vert--lg">
        <div className="row">
          <div className="col col--8">
            <div
              className={`${styles.drop} ${dragging ? styles.dragging : ''}`}
              onDragOver={(e) => { e.preventDefault(); setDragging(true); }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
            >
              <label htmlFor={`${id}-record`} className={styles.label}>Exported record (JSON): drop the file here, choose it, or paste it</label>
              <textarea id={`${id}-record`} className={styles.textarea} rows={10} value={text} onChange={(e) => setText(e.target.value)} spellCheck={false} placeholder='{ "format": "stepwise-audit-record", … }' data-testid="record-input" />
              <div className={styles.controls}>
                <input
                  type="file"
                  accept="application/json,.json"
                  aria-label="Choose an exported record file"
                  onChange={(e) => {
                    const file = e.target.files?.[0];
                    if (file) void file.text().then((content) => { setText(content); void verify(content); });
                  }}
                />
                <label className={styles.option}>
                  <input type="checkbox" checked={useSource} onChange={(e) => setUseSource(e.target.checked)} /> Check against the runbook source published here
                </label>
                <button type="button" className="button button--primary" disabled={busy || text.trim() === ''} onClick={() => void verify(text)}>
                  {busy ? 'Verifying…' : 'Verify'}
                </button>
              </div>
            </div>
            <div aria-live="polite" data-testid="verify-result">
              {outcome && 'unreadable' in outcome && <div className={`${styles.result} ${styles.invalid}`} role="alert" data-valid="false">{outcome.unreadable}</div>}
              {outcome && 'verification' in outcome && <VerificationView verification={outcome.verification} against={outcome.against} />}
            </div>
          </div>
          <aside className="col col--4">
            <div className={styles.aside}>
              <h2 className={styles.asideTitle}>What a valid record proves</h2>
              <p>Any edit, deletion, insertion or reordering of events breaks the chain and is reported with its event number.</p>
              <p>It does not stop someone rebuilding a whole new chain: compare the head hash with the one written in the ticket.</p>
              <h2 className={styles.asideTitle}>Runbooks published here</h2>
              <ul>
                {runbooks.map((r) => <li key={r.id}><Link to={`/${routes.runbooks}/${r.id}`}>{r.title}</Link> <span className={styles.muted}>v{r.version}</span></li>)}
              </ul>
            </div>
          </aside>
        </div>
      </main>
    </Layout>
  );
}

function VerificationView({ verification, against }: { verification: AuditVerification; against?: { title: string; file: string } | undefined }): ReactNode {
  const { valid, problems, headHash, summary } = verification;
  return (
    <div className={`${styles.result} ${valid ? styles.valid : styles.invalid}`} data-valid={String(valid)}>
      <h2 className={styles.resultTitle}>{valid ? '✓ Valid record' : `✕ Invalid record: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`}</h2>
      {headHash && <p>Head hash <code className={styles.hash}>{headHash}</code>: it must match the one in the ticket.</p>}
      {summary && (
        <dl className={styles.facts}>
          <dt>Runbook</dt><dd>{summary.runbook.id} v{summary.runbook.version}</dd>
          <dt>Started</dt><dd>{summary.startedBy}, {summary.startedAt}</dd>
          <dt>Events</dt><dd>{summary.eventCount}, by {summary.actors.join(', ')}</dd>
          {summary.outcome !== undefined && <><dt>Outcome</dt><dd>{summary.outcome ?? 'not ended'}{summary.progress ? ` (${summary.progress.done} of ${summary.progress.total} steps)` : ''}</dd></>}
          <dt>Checked against</dt><dd>{against ? `${against.title} (${against.file}), source hash and replay` : 'the record alone (no replay: this site does not publish that runbook, or the check was turned off)'}</dd>
        </dl>
      )}
      {problems.length > 0 && (
        <ol className={styles.problems}>
          {problems.map((p, i) => (
            <li key={i} data-seq={p.seq ?? ''} data-code={p.code}>
              <strong>{p.seq === null ? 'Record' : `Event ${p.seq}`}</strong> <code>{p.code}</code> {p.message}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
