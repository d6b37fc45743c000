import type { Diagnostic } from '../diagnostic';
import type { Formatter } from './types';

/** SARIF 2.1.0, the format code-scanning services read. */
export const sarif: Formatter = (diagnostics) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stepwise',
            informationUri: 'https://github.com/stepwise-dev/stepwise',
            rules: codes.map((id) => ({ id, name: id, helpUri: `https://github.com/stepwise-dev/stepwise/blob/main/docs/authoring/diagnostics.md#${id}` })),
          },
        },
        results: diagnostics.map((d) => result(d, codes.indexOf(d.code))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function result(d: Diagnostic, ruleIndex: number) {
  return {
    ruleId: d.code,
    ruleIndex,
    level: d.severity === 'error' ? 'error' : d.severity === 'warning' ? 'warning' : 'note',
    message: { text: d.hint ? `${d.message} ${d.hint}` : d.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: d.file.split('\\').join('/') },
          region: { startLine: d.range.start.line, startColumn: d.range.start.column, endLine: d.range.end.line, endColumn: d.range.end.column },
        },
      },
    ],
  };
}
