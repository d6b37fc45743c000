import { CONFORMANCE_OUTCOMES, type ConformanceOutcome, type ConformanceReport } from '@stepwise/policy';

export type ConformFormat = 'text' | 'json';

export interface ConformOutput {
  policyId: string;
  reports: ConformanceReport[];
  /** Titles of the standards, by id, for headings. */
  titles: Record<string, string>;
}

/** Pure formatters; the command only writes what they return. A missing format is a compile error. */
export const CONFORM_FORMATTERS: Record<ConformFormat, (output: ConformOutput) => string> = {
  text: formatText,
  json: (output) => `${JSON.stringify({ policyId: output.policyId, reports: output.reports, summary: total(output.reports) }, null, 2)}\n`,
};

export const CONFORM_FORMATS = Object.keys(CONFORM_FORMATTERS) as ConformFormat[];

function formatText(output: ConformOutput): string {
  const lines: string[] = [];
  const idWidth = Math.max(8, ...output.reports.flatMap((r) => r.clauses.map((c) => c.clauseId.length)));
  for (const report of output.reports) {
    const level = report.level ? `, level ${report.level}` : '';
    lines.push(`${report.policyId} against ${report.standardId}${level}: ${output.titles[report.standardId] ?? ''}`.trimEnd());
    for (const clause of report.clauses) {
      lines.push(`  ${clause.outcome.padEnd(14)}  ${clause.clauseId.padEnd(idWidth)}  ${clause.strength.padEnd(11)}  ${clause.explanation}`);
    }
    lines.push(`  ${counts(report.summary)}`, '');
  }
  const all = total(output.reports);
  lines.push(`${output.reports.length} standard${output.reports.length === 1 ? '' : 's'} checked: ${counts(all)}.`);
  return `${lines.join('\n')}\n`;
}

function total(reports: readonly ConformanceReport[]): Record<ConformanceOutcome, number> {
  const sum = Object.fromEntries(CONFORMANCE_OUTCOMES.map((o) => [o, 0])) as Record<ConformanceOutcome, number>;
  for (const report of reports) for (const outcome of CONFORMANCE_OUTCOMES) sum[outcome] += report.summary[outcome];
  return sum;
}

function counts(summary: Record<ConformanceOutcome, number>): string {
  return CONFORMANCE_OUTCOMES.map((o) => `${summary[o]} ${o}`).join(', ');
}
