import type { NativeValue } from '../export/types';
import type { DriftReport } from './driftPolicy';

export type DriftFormat = 'text' | 'json' | 'github';
export const DRIFT_FORMATS: readonly DriftFormat[] = ['text', 'json', 'github'];

/** A committed drift report (the site reads these): the report plus when and how it was made. */
export interface DriftRecord extends Omit<DriftReport, 'diagnostics'> {
  /** ISO 8601 date-time the enforced settings were compared. */
  date: string;
}

/** Pure formatters of a drift report; `date` is passed in (the engine reads no clock). */
export const DRIFT_FORMATTERS: Record<DriftFormat, (report: DriftReport, date: string) => string> = {
  json: (report, date) => {
    const { diagnostics: _ignored, ...rest } = report;
    const record: DriftRecord = { ...rest, date };
    return `${JSON.stringify(record, null, 2)}\n`;
  },
  // GitHub Actions workflow commands, as `stepwise validate --format github` writes them.
  github: (report) =>
    [
      ...report.entries
        .filter((e) => e.verdict === 'drift' || e.verdict === 'missing')
        .map((e) => `::error file=${report.source},title=stepwise drift ${report.target}::${report.policyId}: ${e.setting} declared ${show(e.declared)}, enforced ${show(e.enforced)} (${e.verdict})`),
      ...report.diagnostics.map((d) => `::${d.severity === 'error' ? 'error' : 'warning'} file=${d.file},line=${d.range.start.line},col=${d.range.start.column},title=${d.code}::${d.message}`),
      '',
    ].join('\n'),
  text: (report) => {
    const rows = report.entries.map((e) => [e.setting, show(e.declared), show(e.enforced), e.verdict]);
    const header = ['setting', 'declared', 'enforced', 'verdict'];
    const widths = header.map((h, i) => Math.min(40, Math.max(h.length, ...rows.map((r) => r[i]!.length))));
    const line = (cells: string[]) => cells.map((c, i) => (i < cells.length - 1 ? c.padEnd(widths[i]!) : c)).join('  ').trimEnd();
    const s = report.summary;
    return [
      `Policy ${report.policyId} against ${report.target} (${report.source}):`,
      line(header),
      ...rows.map(line),
      `${report.inSync ? 'In sync' : 'Drift'}: ${s.match} match, ${s.drift} drift, ${s.missing} missing, ${s.undeclared} undeclared.`,
      '',
    ].join('\n');
  },
};

function show(value: NativeValue | undefined): string {
  if (value === undefined) return '-';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.length <= 3 ? value.join(' ') : `${value.length} terms`;
  return String(value);
}
