import { summarise, summaryLine } from './summary';
import type { Formatter } from './types';

/** GitHub Actions workflow commands (`::error file=…,line=…::message`), one per diagnostic. */
export const github: Formatter = (diagnostics, context) => {
  const lines = diagnostics.map((d) => {
    const command = d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'notice';
    const props = [
      `file=${escapeProperty(d.file)}`,
      `line=${d.range.start.line}`,
      `col=${d.range.start.column}`,
      `endLine=${d.range.end.line}`,
      `endColumn=${d.range.end.column}`,
      `title=${escapeProperty(d.code)}`,
    ].join(',');
    return `::${command} ${props}::${escapeData(d.hint ? `${d.message} ${d.hint}` : d.message)}`;
  });
  lines.push(summaryLine(summarise(diagnostics, context.filesChecked)));
  return lines.join('\n') + '\n';
};

// Escaping as in @actions/core's command.ts.
function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
