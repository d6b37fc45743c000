import { escapeUnsafeCharacters } from '@stepwise/core';
import { replay } from '../run/replay';
import type { CompleteData, FieldValue, NoteData, ReasonData, RunEvent, StartData, TickData } from '../run/runEvent';
import type { StepStatus } from '../run/runState';
import type { Runbook } from '../types';
import type { AuditRecord } from './auditRecord';

const STATUS_LABEL: Record<StepStatus, string> = {
  pending: 'pending',
  current: 'current',
  done: 'done',
  skipped: 'skipped',
  failed: 'failed',
  'not-applicable': 'not applicable',
  bypassed: 'not reached',
};

/**
 * The record as Markdown for a ticket or a printout: the head hash first (it anchors the
 * record), the run's identity, a table of steps (status, who, when, evidence, reasons, notes),
 * then every event. Pure; every value from the record is escaped, so a cell cannot break the
 * table or inject markup into the ticket system.
 */
export function formatAuditMarkdown(record: AuditRecord, runbook: Runbook): string {
  const start = record.events[0]!.data as StartData;
  const replayed = replay(runbook, record.events);
  const state = replayed.state;
  const title = (id: string | null) => (id === null ? '(whole run)' : (runbook.steps.find((s) => s.id === id)?.title ?? id));
  const lines: string[] = [];
  lines.push(`# Audit record: ${esc(runbook.title)}`, '');
  lines.push(`**Head hash: \`${esc(String(record.headHash))}\`** (${esc(String(record.eventCount))} events)`, '');
  lines.push('Copy the head hash into the ticket: it anchors this record. Check the record with `stepwise verify <record.json> --runbook <runbook.yaml>`.', '');
  if (!replayed.ok) lines.push(`> **Warning:** event ${replayed.seq} is not a valid action at its point (${esc(replayed.error.message)}). Verify the record before relying on it.`, '');

  const variant = runbook.variants?.find((v) => v.id === start.variant);
  const inputs = Object.entries(start.inputs).map(([k, v]) => `${esc(runbook.inputs?.find((f) => f.id === k)?.label ?? k)}: ${value(v)}`);
  lines.push('| | |', '|---|---|');
  lines.push(`| Runbook | ${esc(record.runbook.id)} ${esc(record.runbook.version)} |`);
  lines.push(`| Runbook source SHA-256 | \`${esc(record.runbook.sourceSha256)}\` |`);
  if (variant || start.variant) lines.push(`| Variant | ${esc(variant?.title ?? String(start.variant))} |`);
  if (inputs.length) lines.push(`| Inputs | ${inputs.join('<br>')} |`);
  lines.push(`| Started | ${esc(record.events[0]!.at)} by ${esc(record.events[0]!.actor)} |`);
  lines.push(`| Last event | ${esc(record.events.at(-1)!.at)} |`);
  if (state) {
    const outcome = state.outcome ? `**${state.outcome}**` : 'in progress';
    lines.push(`| Outcome | ${outcome} (${state.progress.done} of ${state.progress.total} steps on the path resolved) |`);
  }
  lines.push('');

  if (state) {
    lines.push('## Steps', '', '| # | Step | Status | By | When (UTC) | Evidence | Reason and notes |', '|---|---|---|---|---|---|---|');
    runbook.steps.forEach((step, i) => {
      const st = state.steps[i]!;
      const evidence = Object.entries(st.evidence ?? {}).map(([k, v]) => `${esc(step.evidence?.find((f) => f.id === k)?.label ?? k)}: ${value(v)}`);
      if (st.ticked.length) evidence.push(`checked: ${st.ticked.map(esc).join(', ')}`);
      const remarks = [...(st.reason ? [`reason: ${esc(st.reason)}`] : []), ...st.notes.map((n) => `note (${esc(n.actor)}, ${esc(n.at)}): ${esc(n.note)}`)];
      lines.push(`| ${i + 1} | ${esc(step.title)} | ${STATUS_LABEL[st.status]} | ${esc(st.by ?? '')} | ${esc(st.at ?? '')} | ${evidence.join('<br>')} | ${remarks.join('<br>')} |`);
    });
    lines.push('');
    if (state.notes.length) {
      lines.push('## Notes on the run', '');
      for (const n of state.notes) lines.push(`- ${esc(n.at)}, ${esc(n.actor)}: ${esc(n.note)}`);
      lines.push('');
    }
  }

  lines.push('## Events', '', '| # | Time (UTC) | Actor | Step | Action | Details | Hash |', '|---|---|---|---|---|---|---|');
  for (const event of record.events) {
    lines.push(`| ${event.seq} | ${esc(event.at)} | ${esc(event.actor)} | ${esc(title(event.stepId))} | ${esc(String(event.action))} | ${details(event)} | \`${esc(String(event.hash).slice(0, 12))}\` |`);
  }
  lines.push('');
  return lines.join('\n');
}

function details(event: RunEvent): string {
  switch (event.action) {
    case 'start': {
      const d = event.data as StartData;
      return `runbook ${esc(d.runbook.id)} ${esc(d.runbook.version)}${d.variant ? `, variant ${esc(d.variant)}` : ''}`;
    }
    case 'complete': {
      const d = event.data as CompleteData;
      return Object.entries(d.evidence).map(([k, v]) => `${esc(k)}: ${value(v)}`).join('<br>');
    }
    case 'tick': {
      const d = event.data as TickData;
      return `${esc(d.checkId)} ${d.ticked ? 'ticked' : 'unticked'}`;
    }
    case 'note':
      return esc((event.data as NoteData).note);
    default:
      return esc((event.data as ReasonData).reason);
  }
}

function value(v: FieldValue): string {
  return typeof v === 'boolean' ? (v ? 'yes' : 'no') : esc(String(v));
}

/**
 * Escapes Markdown punctuation and HTML, and keeps a value on one table row: every line break
 * (CRLF, a lone CR, LF, U+2028/U+2029, NEL) becomes `<br>`, so no value can start a heading or
 * a new row in the ticket; every control, invisible or bidirectional character is written as
 * its escape (`\u202E`), so the ticket shows what the record holds (issue 15 item 4).
 */
function esc(text: string): string {
  const markdown = text
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
  return escapeUnsafeCharacters(markdown, '<br>');
}
