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

/** The kinds of password in the estimator corpus, in the order they cycle. */
export const PASSWORD_KINDS = ['common', 'mutated', 'random', 'keyboard', 'date', 'passphrase'] as const;
export type PasswordKind = (typeof PASSWORD_KINDS)[number];

/** What the password corpus draws from, passed in so that this file loads no data itself. */
export interface PasswordCorpusSources {
  /** The shipped common-password list, most common first. */
  common: readonly string[];
  /** Words for passphrases (the diceware list). */
  words: readonly string[];
  /** Keyboard graphs in zxcvbn's format, for walks. */
  graphs: Readonly<Record<string, Readonly<Record<string, ReadonlyArray<string | null>>>>>;
}

const LOOKALIKES: Readonly<Record<string, string>> = { a: '@4', e: '3', i: '1!', o: '0', s: '$5', t: '7+', l: '1|', g: '9', b: '8' };
const SYMBOLS = '!@#$%^&*?.-_';

/**
 * The estimator corpus (issue 11 item 4): `size` passwords cycling through six kinds, from one
 * mulberry32 generator seeded with `seed`, so every run sees the same list.
 * - common: an entry of the shipped list's top 20,000, as is;
 * - mutated: a top-10,000 entry with one to three of: capitalised, look-alike characters, a
 *   number or year appended, a symbol appended, reversed;
 * - random: 6 to 20 characters drawn from one of lower case, alphanumeric or all printable ASCII;
 * - keyboard: a walk of 4 to 14 keys on qwerty, dvorak or a keypad (each step to a random
 *   neighbour, sometimes shifted), sometimes followed by digits;
 * - date: a date from 1940 to 2030 in one of 11 digit layouts with or without separators,
 *   sometimes after a word;
 * - passphrase: 2 to 5 diceware words, joined by a space, a dash, a dot or nothing, sometimes
 *   capitalised or followed by a digit.
 */
export function passwordCorpus(sources: PasswordCorpusSources, size: number, seed: number): { password: string; kind: PasswordKind }[] {
  const random = seededRandom(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(list: readonly T[], top = list.length): T => list[int(Math.min(top, list.length))]!;
  const capitalise = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
  const out: { password: string; kind: PasswordKind }[] = [];
  for (let n = 0; n < size; n++) {
    const kind = PASSWORD_KINDS[n % PASSWORD_KINDS.length]!;
    let p = '';
    switch (kind) {
      case 'common':
        p = pick(sources.common, 20_000);
        break;
      case 'mutated': {
        p = pick(sources.common, 10_000);
        const steps = 1 + int(3);
        for (let s = 0; s < steps; s++) {
          const r = random();
          if (r < 0.25) p = capitalise(p);
          else if (r < 0.5) p = [...p].map((c) => (LOOKALIKES[c] && random() < 0.6 ? pick([...LOOKALIKES[c]!]) : c)).join('');
          else if (r < 0.75) p += String(random() < 0.5 ? int(100) : 1950 + int(80));
          else if (r < 0.9) p += pick([...SYMBOLS]);
          else p = [...p].reverse().join('');
        }
        break;
      }
      case 'random': {
        const alphabet = pick(['abcdefghijklmnopqrstuvwxyz', 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', ...['printable']]);
        const chars = alphabet === 'printable' ? Array.from({ length: 94 }, (_, k) => String.fromCharCode(33 + k)) : [...alphabet];
        const length = 6 + int(15);
        for (let k = 0; k < length; k++) p += pick(chars);
        break;
      }
      case 'keyboard': {
        const graph = sources.graphs[pick(Object.keys(sources.graphs))]!;
        let key = pick(Object.keys(graph));
        const length = 4 + int(11);
        p = key;
        for (let k = 1; k < length; k++) {
          const neighbours = graph[key]!.filter((x): x is string => x !== null);
          if (neighbours.length === 0) break;
          const pair = pick(neighbours);
          key = pair[0]!;
          p += random() < 0.15 && pair.length > 1 ? pair[1]! : pair[0]!;
        }
        if (random() < 0.3) p += String(int(1000));
        break;
      }
      case 'date': {
        const year = 1940 + int(91);
        const month = 1 + int(12);
        const day = 1 + int(28);
        const two = (v: number) => String(v).padStart(2, '0');
        const yy = two(year % 100);
        const sep = pick(['', '', '/', '-', '.', '_']);
        const layouts = [
          `${two(day)}${sep}${two(month)}${sep}${year}`, `${two(month)}${sep}${two(day)}${sep}${year}`, `${year}${sep}${two(month)}${sep}${two(day)}`,
          `${two(day)}${sep}${two(month)}${sep}${yy}`, `${two(month)}${sep}${two(day)}${sep}${yy}`, `${yy}${sep}${two(month)}${sep}${two(day)}`,
          `${day}${sep}${month}${sep}${yy}`, `${month}${sep}${day}${sep}${year}`, `${day}${month}${yy}`, `${year}${month}${day}`, `${month}${day}${year}`,
        ];
        p = pick(layouts);
        if (random() < 0.35) p = pick(sources.words) + p;
        break;
      }
      case 'passphrase': {
        const count = 2 + int(4);
        const separator = pick([' ', '-', '.', '']);
        let words = Array.from({ length: count }, () => pick(sources.words));
        if (random() < 0.3) words = words.map(capitalise);
        p = words.join(separator);
        if (random() < 0.3) p += String(int(10));
        break;
      }
    }
    out.push({ password: p, kind });
  }
  return out;
}
