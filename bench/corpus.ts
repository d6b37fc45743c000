import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic generator (mulberry32) so that every bench run sees the same corpus. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = 'account mailbox password reset verify identity caller ticket record evidence portal admin user sign-in device session policy lockout unlock service desk manager number callback confirm expire temporary generate notify monitor review escalate security'.split(' ');

function sentence(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(WORDS[Math.floor(random() * WORDS.length)]!);
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

/**
 * One runbook of `steps` steps, about 17 KiB for 18 steps, valid against the runbook schema.
 * Bodies hold Markdown emphasis, lists and inline code as real runbooks do: without them this
 * corpus once hid that `**bold**` sent every real runbook down the slow parser.
 */
export function generateRunbook(index: number, steps = 18): string {
  const random = seededRandom(index + 1);
  const lines = [
    `id: generated-${index}`,
    `title: Generated runbook ${index}`,
    'version: 1.0.0',
    `summary: ${JSON.stringify(sentence(random, 30))}`,
    'owner:',
    '  team: Service desk',
    'roles:',
    '  - id: agent',
    '    title: Service-desk agent',
    '  - id: admin',
    '    title: Identity administrator',
    'variants:',
    '  - id: cloud',
    '    title: Cloud',
    '  - id: local',
    '    title: On premises',
    'inputs:',
    '  - id: ticket',
    '    label: Ticket number',
    '    type: text',
    '  - id: reason',
    '    label: Reason',
    '    type: choice',
    '    options:',
    '      - { value: forgotten, label: Forgotten }',
    '      - { value: compromise, label: Compromise }',
    'steps:',
  ];
  for (let s = 0; s < steps; s++) {
    lines.push(
      `  - id: step-${s}`,
      `    title: ${JSON.stringify(sentence(random, 5))}`,
      `    role: ${s % 3 === 0 ? 'admin' : 'agent'}`,
      '    body: |',
      `      ${sentence(random, 14)} **Do not** go on before *the caller* confirms.`,
      '',
      `      - ${sentence(random, 10)}`,
      `      - Run \`Get-ADUser\` and note **Enabled**.`,
      '    checks:',
      `      - id: check-a`,
      `        text: ${JSON.stringify(sentence(random, 10))}`,
      `      - id: check-b`,
      `        text: ${JSON.stringify(sentence(random, 10))}`,
      '    evidence:',
      '      - id: note',
      '        label: What was done',
      '        type: text',
      '        required: false',
      '    commands:',
      '      - language: powershell',
      `        code: Set-ADUser -Identity user${s} -ChangePasswordAtLogon $true`,
      '        when:',
      '          variant: [local]',
      '    clauses: [PCI-8.3.3]',
    );
    if (s === 2) lines.push(`    onFail: step-${steps - 1}`);
    if (s === steps - 1) lines.push('    branchOnly: true', '    end: escalated');
  }
  return lines.join('\n') + '\n';
}

/** Writes `count` runbooks into `dir`; returns the total size in bytes. */
export function writeRunbookCorpus(dir: string, count: number): number {
  mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = generateRunbook(i);
    bytes += Buffer.byteLength(text);
    writeFileSync(join(dir, `runbook-${String(i).padStart(4, '0')}.yaml`), text);
  }
  return bytes;
}
