import type { Diagnostic, Range } from './diagnostic';

/**
 * The one diagnostic that stands for those left out when a file has more than the cap: without a
 * cap, a mapping of 75,000 unknown keys printed 75,000 lines and took minutes (issue 15, item 3).
 */
export function problemsCapped<Code extends string>(omitted: readonly { severity: Diagnostic['severity'] }[], shown: number, file: string, range: Range): Diagnostic<Code | 'problems-capped'> {
  const severity = omitted.some((d) => d.severity === 'error') ? 'error' : omitted.some((d) => d.severity === 'warning') ? 'warning' : 'info';
  return {
    code: 'problems-capped',
    severity,
    message: `And ${omitted.length.toLocaleString('en-US')} more problem${omitted.length === 1 ? '' : 's'} in this file (the first ${shown} are shown).`,
    file,
    range,
    path: [],
    hint: 'Fix the problems shown and validate again.',
  };
}
