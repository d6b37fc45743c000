import { useId, useState, type DragEvent, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Layout from '@theme/Layout';
import PageHeader from '@theme/PageHeader';
import { escapeUnsafeCharacters } from '@stepwise/core';
import { verifyAuditRecord, type AuditProblem, type AuditVerification } from '@stepwise/runbook';
import type { VerifyRouteProps } from '@stepwise/docusaurus-plugin/client';
import { loadRunbookBundle } from '@stepwise/docusaurus-plugin/client';
import styles from './styles.module.css';

type Outcome = { verification: AuditVerification; against?: { title: string; file: string } } | { unreadable: string };

const HEAD_HASH = /^[0-9a-fA-F]{64}$/;

/**
 * `/<audit>/verify`: an exported record checked in the browser by the same `verifyAuditRecord` as
 * `stepwise verify`, with every problem by event, step and field, in words; against the runbook
 * source this site publishes when it has it; and against the head hash from the ticket, which
 * alone turns "consistent" into "matches the ticket" (issue 14 item 5, issue 15 item 4). The
 * record is read locally and sent nowhere.
 */
export default function VerifyRecordPage({ runbooks, routes }: VerifyRouteProps): ReactNode {
  const id = useId();
  const [text, setText] = useState('');
  const [head, setHead] = useState('');
  const [useSource, setUseSource] = useState(true);
  const [outcome, setOutcome] = useState<Outcome>();
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState(false);

  const headValid = head.trim() === '' || HEAD_HASH.test(head.trim());
  const verify = async (json: string) => {
    if (!headValid) return;
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
      // The text, not the parsed value: the engine reads it strictly (duplicate keys, unsafe
      // integers). The runbook model comes with the source: the browser never loads YAML through
      // the schema compiler.
      const options = head.trim() === '' ? {} : { expectedHeadHash: head.trim() };
      const verification = bundle ? await verifyAuditRecord(json, bundle.source, bundle.runbook, options) : await verifyAuditRecord(json, undefined, undefined, options);
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
              <label htmlFor={`${id}-head`} className={`${styles.label} ${styles.headLabel}`}>Head hash from the ticket</label>
              <input
                id={`${id}-head`}
                className={styles.headInput}
                value={head}
                onChange={(e) => setHead(e.target.value)}
                spellCheck={false}
                autoComplete="off"
                placeholder="64 hex digits, as written in the ticket when the run ended"
                aria-describedby={`${id}-head-help`}
                aria-invalid={!headValid}
                data-testid="head-input"
              />
              <p id={`${id}-head-help`} className={styles.help}>
                {headValid
                  ? "Without it, the record can only be shown to be consistent: a record cut short, with its count and head hash adjusted, cannot be told from a shorter run."
                  : 'A head hash is 64 hex digits (0-9, a-f).'}
              </p>
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
                <button type="button" className="button button--primary" disabled={busy || text.trim() === '' || !headValid} onClick={() => void verify(text)}>
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
              <p>With the head hash from the ticket: that this is the whole run the ticket recorded. Any edit, deletion, insertion or reordering of events is reported with its event and step.</p>
              <p>
                <strong>Without it, only that the record is consistent.</strong> A record truncated at an earlier event, with its count and head hash
                adjusted, cannot be told from a shorter run, and a rebuilt chain verifies with another head hash.
              </p>
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
  const { valid, problems, headHash, summary, matchesTicket } = verification;
  const title = !valid
    ? `✕ Invalid record: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`
    : matchesTicket
      ? '✓ Valid record: matches the ticket'
      : '✓ Consistent record: not compared with the ticket';
  return (
    <div className={`${styles.result} ${valid ? styles.valid : styles.invalid}`} data-valid={String(valid)} data-matches-ticket={matchesTicket === undefined ? 'not-compared' : String(matchesTicket)}>
      <h2 className={styles.resultTitle}>{title}</h2>
      {headHash && (
        <p>
          Head hash <code className={styles.hash}>{headHash}</code>
          {matchesTicket === undefined
            ? ': compare it with the one in the ticket (or enter that one above). Until then, a truncated record cannot be told from a shorter run.'
            : matchesTicket
              ? ': the same as the head hash from the ticket.'
              : ': not the head hash from the ticket.'}
        </p>
      )}
      {summary && (
        <dl className={styles.facts}>
          <dt>Runbook</dt><dd>{shown(summary.runbook.id)} v{shown(summary.runbook.version)}</dd>
          <dt>Started</dt><dd>{shown(summary.startedBy)}, {shown(summary.startedAt)}</dd>
          <dt>Events</dt><dd>{summary.eventCount}, by {summary.actors.map(shown).join(', ')}</dd>
          {summary.outcome !== undefined && <><dt>Outcome</dt><dd>{summary.outcome ?? 'not ended'}{summary.progress ? ` (${summary.progress.done} of ${summary.progress.total} steps)` : ''}</dd></>}
          <dt>Checked against</dt><dd>{against ? `${against.title} (${against.file}), source hash and replay` : 'the record alone (no replay: this site does not publish that runbook, or the check was turned off)'}</dd>
        </dl>
      )}
      {problems.length > 0 && (
        <ol className={styles.problems}>
          {problems.map((p, i) => (
            <li key={i} data-seq={p.seq ?? ''} data-code={p.code} data-step={p.step?.id ?? ''} data-field={p.field ?? ''}>
              <strong>{where(p)}</strong> <code>{p.code}</code> {p.message}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** `Event 5, step 3 "Reset the password"`: where the problem is, before what it is. */
function where(p: AuditProblem): string {
  const event = p.seq === null ? 'Record' : `Event ${p.seq}`;
  if (!p.step) return event;
  return `${event}, step ${p.step.number ?? ''}${p.step.number === undefined ? '' : ' '}“${shown(p.step.title ?? p.step.id)}”`;
}

/** Text from the record on the page: a bidi or invisible character is shown as its escape, never applied. */
function shown(text: string): string {
  return escapeUnsafeCharacters(text);
}
