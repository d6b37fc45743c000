import { FILE_START, FORMATTERS, type Diagnostic, type Range, type Severity } from '@stepwise/core';
import { CONFORMANCE_OUTCOMES, type ClauseConformance, type ConformanceOutcome, type ConformanceReport } from '@stepwise/policy';
import type { CliCode } from './codes';
import { formatJUnit } from './format/junit';
import { TOOL } from './toolDescription';

export type ConformFormat = 'text' | 'json' | 'junit' | 'github' | 'sarif';

export interface ConformOutput {
  policyId: string;
  reports: ConformanceReport[];
  /** Titles of the standards, by id, for headings. */
  titles: Record<string, string>;
  /** The policy's file, for the formats that point at source (github, sarif, junit). */
  file?: string;
  /** Where each deciding field (`rules.length.min`) is written in that file; FILE_START when inherited. */
  fieldRanges?: Record<string, Range>;
}

/** Pure formatters; the command only writes what they return. A missing format is a compile error. */
export const CONFORM_FORMATTERS: Record<ConformFormat, (output: ConformOutput) => string> = {
  text: formatText,
  json: (output) => `${JSON.stringify({ policyId: output.policyId, reports: output.reports, summary: total(output.reports) }, null, 2)}\n`,
  junit: (output) =>
    formatJUnit(
      output.reports.flatMap((report) =>
        report.clauses.map((clause) => ({
          suite: `${report.policyId} against ${report.standardId}${report.level ? ` ${report.level}` : ''}`,
          name: `${clause.clauseId} ${clause.title}`,
          ...(output.file !== undefined ? { file: output.file, line: rangeOf(output, clause).start.line } : {}),
          ...(clause.outcome === 'fails'
            ? { failure: { message: clause.explanation, detail: detail(clause) } }
            : clause.outcome === 'meets'
              ? {}
              : { skipped: `${clause.outcome}: ${clause.explanation}` }),
        })),
      ),
      { name: 'stepwise conform', version: TOOL.version },
    ),
  github: (output) => FORMATTERS.github(conformanceFindings(output), { sources: new Map(), filesChecked: 1, color: false }),
  sarif: (output) => FORMATTERS.sarif(conformanceFindings(output), { sources: new Map(), filesChecked: 1, color: false, tool: TOOL }),
};

export const CONFORM_FORMATS = Object.keys(CONFORM_FORMATTERS) as ConformFormat[];

/** Which outcomes are findings in the machine formats, and how loud; meets and not-applicable are not. */
const FINDING: Partial<Record<ConformanceOutcome, { code: CliCode; severity: Severity }>> = {
  fails: { code: 'conformance-fails', severity: 'error' },
  conflicts: { code: 'conformance-conflicts', severity: 'warning' },
  manual: { code: 'conformance-manual', severity: 'info' },
};

/** Clauses that fail, conflict or need an auditor, as diagnostics at the field that decided them. */
export function conformanceFindings(output: ConformOutput): Diagnostic[] {
  return output.reports.flatMap((report) =>
    report.clauses.flatMap((clause): Diagnostic[] => {
      const finding = FINDING[clause.outcome];
      if (!finding) return [];
      return [
        {
          ...finding,
          message: `${report.standardId} ${clause.clauseId} (${clause.title}): ${clause.explanation}`,
          file: output.file ?? `${output.policyId}.yaml`,
          range: rangeOf(output, clause),
          path: clause.field?.split('.') ?? [],
          ...(clause.manual ? { hint: clause.manual } : clause.expected ? { hint: `Expected ${clause.field ?? 'value'} ${clause.expected}.` } : {}),
        },
      ];
    }),
  );
}

function rangeOf(output: ConformOutput, clause: ClauseConformance): Range {
  return (clause.field !== undefined ? output.fieldRanges?.[clause.field] : undefined) ?? FILE_START;
}

function detail(clause: ClauseConformance): string {
  return [clause.explanation, clause.field ? `field: ${clause.field}` : '', clause.expected ? `expected: ${clause.expected}` : '', clause.value !== undefined ? `value: ${JSON.stringify(clause.value)}` : '']
    .filter(Boolean)
    .join('\n');
}

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
