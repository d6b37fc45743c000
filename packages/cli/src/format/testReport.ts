import { FILE_START, FORMATTERS, type Diagnostic, type Range } from '@stepwise/core';
import type { ExampleResult } from '@stepwise/policy';
import { TOOL } from '../toolDescription';
import { formatJUnit } from './junit';

export type TestFormat = 'text' | 'json' | 'junit' | 'github' | 'sarif';

/** One example's outcome, with where it is written. */
export interface TestCase {
  policy: string;
  file: string;
  range: Range;
  result: ExampleResult;
}

export interface TestReport {
  cases: TestCase[];
  /** Errors in the policy files themselves (they stop a policy from being tested). */
  errors: Diagnostic[];
  policies: number;
}

/** Pure formatters of `stepwise test`; a missing format is a compile error. */
export const TEST_FORMATTERS: Record<TestFormat, (report: TestReport) => string> = {
  text: formatText,
  json: (report) =>
    [
      ...report.cases.map((c) => JSON.stringify({ policy: c.policy, file: c.file, line: c.range.start.line, column: c.range.start.column, ...c.result })),
      JSON.stringify({ summary: counts(report) }),
    ].join('\n') + '\n',
  junit: (report) =>
    formatJUnit(
      report.cases.map((c) => ({
        suite: c.policy,
        name: `examples.${c.result.kind}[${c.result.index}]${c.result.why ? ` (${c.result.why})` : ''}`,
        file: c.file,
        line: c.range.start.line,
        ...(c.result.ok ? {} : { failure: { message: `expected ${c.result.expected}, got ${c.result.actual}`, detail: `expected: ${c.result.expected}\nactual:   ${c.result.actual}` } }),
      })),
      { name: 'stepwise test', version: TOOL.version },
    ),
  github: (report) => FORMATTERS.github(findings(report), { sources: new Map(), filesChecked: files(report), color: false }),
  sarif: (report) => FORMATTERS.sarif(findings(report), { sources: new Map(), filesChecked: files(report), color: false, tool: TOOL }),
};

export const TEST_FORMATS = Object.keys(TEST_FORMATTERS) as TestFormat[];

/** Failing examples as diagnostics (code example-failed), after the policy files' own errors. */
export function findings(report: TestReport): Diagnostic[] {
  return [
    ...report.errors,
    ...report.cases
      .filter((c) => !c.result.ok)
      .map((c): Diagnostic => ({
        code: 'example-failed',
        severity: 'error',
        message: `${c.policy} examples.${c.result.kind}[${c.result.index}]${c.result.why ? ` (${c.result.why})` : ''}: expected ${c.result.expected}, got ${c.result.actual}.`,
        file: c.file,
        range: c.range ?? FILE_START,
        path: c.result.path,
      })),
  ];
}

function counts(report: TestReport) {
  const failed = report.cases.filter((c) => !c.result.ok).length;
  return { policies: report.policies, passed: report.cases.length - failed, failed, errors: report.errors.length };
}

function files(report: TestReport): number {
  return new Set(report.cases.map((c) => c.file)).size;
}

function formatText(report: TestReport): string {
  const out = report.cases
    .filter((c) => !c.result.ok)
    .map((c) =>
      [
        `FAIL ${c.file}:${c.range.start.line}:${c.range.start.column} ${c.policy} examples.${c.result.kind}[${c.result.index}]${c.result.why ? ` (${c.result.why})` : ''}`,
        `  expected: ${c.result.expected}`,
        `  actual:   ${c.result.actual}`,
        '',
      ].join('\n'),
    );
  const { policies, passed, failed, errors } = counts(report);
  out.push(`${policies} polic${policies === 1 ? 'y' : 'ies'}, ${passed + failed} examples: ${passed} passed, ${failed} failed${errors > 0 ? `, ${errors} error${errors === 1 ? '' : 's'} in policy files` : ''}.\n`);
  return out.join('');
}
