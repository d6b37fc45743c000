import type { Diagnostic } from '../diagnostic';
import type { Formatter, RuleHelp } from './types';

const INFORMATION_URI = 'https://stepwise.dev';
const REFERENCE_URI = 'https://stepwise.dev/docs/authoring/diagnostics';

/**
 * SARIF 2.1.0, the format code-scanning services read. Each rule carries the metadata GitHub
 * code scanning requires (the SARIF SDK multitool's GH2012: shortDescription, fullDescription,
 * help) and a PascalCase friendly name (SARIF2012), and the driver names its version.
 */
export const sarif: Formatter = (diagnostics, context) => {
  const codes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const version = context.tool?.version;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'stepwise',
            informationUri: INFORMATION_URI,
            ...(version ? { version, semanticVersion: version } : {}),
            rules: codes.map((id) => rule(id, context.tool?.rules[id])),
          },
        },
        results: diagnostics.map((d) => result(d, codes.indexOf(d.code))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

/** `schema-unknown-key` -> `SchemaUnknownKey`: SARIF2012 asks for one Pascal identifier. */
export function friendlyName(code: string): string {
  return code
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1).toLowerCase())
    .join('');
}

function rule(id: string, help: RuleHelp | undefined) {
  const helpUri = help?.helpUri ?? `${REFERENCE_URI}#${id}`;
  const short = help?.short ?? `Stepwise diagnostic ${id}.`;
  return {
    id,
    name: friendlyName(id),
    shortDescription: { text: short },
    fullDescription: { text: help?.full ?? short },
    help: { text: help?.help ?? `See ${helpUri}`, ...(help?.helpMarkdown ? { markdown: `${help.helpMarkdown}\n\n[Diagnostic reference](${helpUri})` } : {}) },
    helpUri,
  };
}

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
