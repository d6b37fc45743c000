import type { PolicyExport } from './types';

const LABEL = { exact: 'exact', approximate: 'approximate', 'not-enforceable': 'not enforceable' } as const;

/** The fidelity report as plain text: one line per declared setting, then the platform's own limits. Pure. */
export function formatFidelity(exported: PolicyExport): string {
  const width = Math.max(...exported.fidelity.map((e) => e.setting.length), 7);
  const lines = [`Policy ${exported.policyId} on ${exported.target}: where it can be enforced, and how faithfully.`];
  for (const e of exported.fidelity) lines.push(`  ${LABEL[e.fidelity].padEnd(15)}  ${e.setting.padEnd(width)}  ${e.detail}`);
  for (const note of exported.platformNotes) lines.push(`  note: ${note}`);
  const count = (f: keyof typeof LABEL) => exported.fidelity.filter((e) => e.fidelity === f).length;
  lines.push(`${count('exact')} exact, ${count('approximate')} approximate, ${count('not-enforceable')} not enforceable.`);
  return `${lines.join('\n')}\n`;
}
