// Packaging step: the diagnostic reference (docs/authoring/diagnostics.md) is the one place each
// code is explained. This reads it into the rule metadata SARIF needs (short and full description,
// help, help URI), so `--format sarif` carries the same words as the published page and cannot
// drift from it (issue 13: SARIF without rule metadata fails GitHub's GH2012 rule).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The published page of the reference; each `### code` heading is an anchor of the same name. */
export const DIAGNOSTICS_URL = 'https://stepwise.dev/docs/authoring/diagnostics';

/** Parses `### code` sections: prose up to the next heading, fenced blocks kept for the help text only. */
export function parseDiagnosticReference(markdown) {
  const rules = {};
  const sections = markdown.split(/^(?=#{2,3} )/m);
  for (const section of sections) {
    const heading = /^### ([a-z][a-z0-9-]+)\n/.exec(section);
    if (!heading) continue;
    const code = heading[1];
    const body = section.slice(heading[0].length).trim();
    const prose = body.replace(/```[\s\S]*?```/g, ' ').replace(/\s+/g, ' ').trim();
    const fixAt = prose.search(/\bFix:/);
    const description = (fixAt === -1 ? prose : prose.slice(0, fixAt)).trim() || prose;
    const sentence = /^(.+?[.!?])(\s|$)/.exec(description);
    rules[code] = {
      short: plain(sentence ? sentence[1] : description),
      full: plain(description),
      help: plain(prose),
      helpMarkdown: body,
      helpUri: `${DIAGNOSTICS_URL}#${code}`,
    };
  }
  return rules;
}

/** Markdown inline marks removed for the plain-text fields. */
function plain(text) {
  return text.replace(/`([^`]*)`/g, '$1').replace(/\*\*([^*]*)\*\*/g, '$1').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

export function writeDiagnosticHelp(root) {
  const rules = parseDiagnosticReference(readFileSync(join(root, 'docs/authoring/diagnostics.md'), 'utf8'));
  const out = join(root, 'packages/cli/src/generated/diagnosticHelp.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(rules, null, 1)}\n`);
  return out;
}
