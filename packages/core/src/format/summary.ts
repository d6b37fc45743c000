import type { Diagnostic } from '../diagnostic';

export interface Summary {
  problems: number;
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export function summarise(diagnostics: readonly Diagnostic[], files: number): Summary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
    else infos++;
  }
  return { problems: diagnostics.length, errors, warnings, infos, files };
}

/** `N problems (E errors, W warnings) in F files`, with singulars where they apply. */
export function summaryLine(summary: Summary): string {
  const n = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  return `${n(summary.problems, 'problem')} (${n(summary.errors, 'error')}, ${n(summary.warnings, 'warning')}) in ${n(summary.files, 'file')}`;
}
