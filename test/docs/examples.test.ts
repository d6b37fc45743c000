import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from '@lydell/node-pty';
import { exportAuditRecord, loadRunbook } from '@stepwise/runbook';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runThrough } from '../run/exchangeRun';
import { codeBlocks, documentationFiles, shellCommands, type CodeBlock } from './codeBlocks';

/**
 * Issue 13, item 7: every code block of the READMEs and the docs is an example that works when
 * copied. Shell commands run in a user's folder (the shipped runbooks and policies, stepwise on
 * PATH); interactive ones run in a pseudo-terminal until their first question; TypeScript runs
 * with tsx against the workspace packages; complete YAML files (those with a schema modeline)
 * validate. Exit 0 or 1 is a finding a command is meant to report; 2 (usage) fails the example.
 */
const root = join(import.meta.dirname, '../..');
const blocks = documentationFiles(root).flatMap((file) => codeBlocks(root, file));

/** Set-up commands: run by CI itself or by the packaging tests (test/packaging/docusaurusSite.test.ts swizzles both ways), not in a scratch folder. */
const SETUP = /^(npm (ci|start|test|install|run)\b|npx create-docusaurus|npx docusaurus |cd |git )/;
const STEPWISE = /(^|\|\s*)(npx )?stepwise\b/;
/** A block's own preparation: it writes a file (or folder) the block's next commands read. Run, and must succeed. */
const PREPARES = /^(printf '[^']*'( '[^']*'| "[^"]*"| \S+)* > [\w./-]+|mkdir -p [\w./-]+)$/;
/** Block languages that are prose or markup, not programs. */
const NOT_PROGRAMS = new Set(['text', '', 'mdx', 'md', 'json', 'xml']);

let scratch: string;
let env: Record<string, string>;
/** A finished run of the shipped Exchange runbook, as `stepwise run` saves it. */
let record: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'stepwise-doc-examples-'));
  cpSync(join(root, 'runbooks'), join(scratch, 'runbooks'), { recursive: true });
  cpSync(join(root, 'policy'), join(scratch, 'policy'), { recursive: true });
  for (const dir of ['bin', 'node_modules/.bin', 'home/.local/share/bash-completion/completions', 'home/.config/fish/completions', 'home/.zfunc']) mkdirSync(join(scratch, dir), { recursive: true });
  for (const shim of ['bin/stepwise', 'node_modules/.bin/stepwise']) {
    writeFileSync(join(scratch, shim), `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'packages/cli/bin/stepwise.mjs')}" "$@"\n`);
    chmodSync(join(scratch, shim), 0o755);
  }
  // The records the docs name: a finished run of the shipped Exchange runbook.
  const source = readFileSync(join(root, 'runbooks/exchange-password-reset.yaml'), 'utf8');
  const runbook = loadRunbook(source, 'runbooks/exchange-password-reset.yaml').runbook!;
  record = JSON.stringify(exportAuditRecord(await runThrough(runbook, source, runbook.variants?.[0]?.id ?? 'exchange-online')), null, 2);
  writeFileSync(join(scratch, 'record.json'), record);
  // The variables the docs' commands name, as a user would have set them: a password to check,
  // the actor, and the head hash they copied into the ticket (that of record.json).
  env = { PATH: `${join(scratch, 'bin')}:${process.env.PATH}`, HOME: join(scratch, 'home'), NO_COLOR: '1', CANDIDATE: 'gravel-orbit-lantern-7-quietly', STEPWISE_ACTOR: 'docs@example.org', TICKET_HEAD: (JSON.parse(record) as { headHash: string }).headHash };
}, 120_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

const where = (b: CodeBlock) => `${b.file}:${b.line}`;

describe('code blocks in the READMEs and docs', () => {
  it('are all classified: a program we run, or prose', () => {
    const unknown = blocks.filter((b) => !NOT_PROGRAMS.has(b.lang) && !['sh', 'bash', 'shell', 'ts', 'typescript', 'js', 'yaml', 'yml'].includes(b.lang));
    expect(unknown.map(where)).toEqual([]);
  });

  const shell = blocks.filter((b) => ['sh', 'bash', 'shell'].includes(b.lang));
  it.each(shell.map((b) => [where(b), b] as const))('%s: each shell command works as written', async (_, block) => {
    for (const command of shellCommands(block.code)) {
      if (SETUP.test(command)) continue;
      if (!STEPWISE.test(command) && PREPARES.test(command)) {
        const made = spawnSync('bash', ['-c', command], { cwd: scratch, env, encoding: 'utf8' });
        expect([command, made.status], `${where(block)}\n${made.stderr}`).toEqual([command, 0]);
        continue;
      }
      expect(STEPWISE.test(command), `${where(block)}: "${command}" is neither set-up nor a stepwise command`).toBe(true);
      const interactive = (/stepwise check\b/.test(command) && !/--password-stdin|--batch/.test(command)) || /stepwise run\b/.test(command);
      if (interactive) {
        const screen = await untilFirstQuestion(command);
        expect(screen, `${where(block)}: ${command}`).not.toMatch(/Usage:|internal error|Error:|[Nn]o such file/);
        // The pty stops at the first question; a person would answer them all and end with the
        // finished record at --out, which the docs' next command (stepwise verify) reads.
        const out = /stepwise run\b.*--out (\S+)/.exec(command)?.[1];
        if (out) writeFileSync(join(scratch, out), record);
      } else {
        const result = spawnSync('bash', ['-o', 'pipefail', '-c', command], { cwd: scratch, env, encoding: 'utf8', timeout: 60_000 });
        // Exit 1 is a finding, but not when a file the command names is missing: that is an example
        // that cannot work as written (the CLI and bash both say "no such file").
        expect([command, result.status, /internal error:/.test(result.stderr), /no such file/i.test(result.stderr)], `${where(block)}\n${result.stderr}`).toEqual([command, result.status === 1 ? 1 : 0, false, false]);
      }
    }
  }, 180_000);

  const typescript = blocks.filter((b) => ['ts', 'typescript', 'js'].includes(b.lang));
  it.each(typescript.map((b, i) => [where(b), b, i] as const))('%s: the TypeScript runs with the published package names', (_, block, i) => {
    const dir = join(root, '.tmp/doc-examples');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `example-${i}.mts`);
    writeFileSync(file, block.code);
    const result = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    expect(result.status, `${where(block)}\n${result.stderr}`).toBe(0);
  }, 90_000);

  // Running is not enough: a field that does not exist prints undefined. The examples also
  // type-check, strictly, against the packages' public types (the repository's compiler options).
  it('the TypeScript examples type-check against the public API', () => {
    const dir = join(root, '.tmp/doc-examples-types');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    typescript.forEach((b, i) => writeFileSync(join(dir, `example-${i}.mts`), `// ${where(b)}\n${b.code}`));
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../tsconfig.json', include: ['*.mts'] }));
    const result = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '--noEmit', '-p', join(dir, 'tsconfig.json')], { cwd: root, encoding: 'utf8', timeout: 300_000 });
    expect(result.stdout, typescript.map((b, i) => `example-${i}.mts: ${where(b)}`).join('\n')).toBe('');
    expect(result.status).toBe(0);
  }, 300_000);

  const modeline = (b: CodeBlock) => ['yaml', 'yml'].includes(b.lang) && /^# yaml-language-server: \$schema=/.test(b.code);
  const schemaOf = (b: CodeBlock) => /\$schema=(\S+)/.exec(b.code)![1]!;
  // A block that holds the modeline alone shows the line to put first in a file, not a file: it
  // must name a schema that a complete example below validates against.
  const lines = blocks.filter((b) => modeline(b) && !b.code.trim().includes('\n'));
  const files = blocks.filter((b) => modeline(b) && b.code.trim().includes('\n'));
  // A published schema URL, or the offline path from runbooks/ into the installed packages.
  const PUBLISHED = ['runbook', 'policy', 'standard', 'config'].map((n) => `https://stepwise.dev/schemas/${n}.json`);
  it.each(lines.map((b) => [where(b), b] as const))('%s: the modeline names the schema of a complete example, a published schema or an installed one', (_, block) => {
    const schema = schemaOf(block);
    expect(files.map(schemaOf).includes(schema) || PUBLISHED.includes(schema) || (!schema.startsWith('http') && existsSync(join(root, 'runbooks', schema))), schema).toBe(true);
  });

  it.each(files.map((b, i) => [where(b), b, i] as const))('%s: a complete YAML file validates', (_, block, i) => {
    const dir = join(scratch, `yaml-${i}`);
    cpSync(join(root, 'policy'), join(dir, 'policy'), { recursive: true });
    const schema = schemaOf(block);
    const kind = /config/.test(schema) ? 'config' : /runbook/.test(schema) ? 'runbook' : /standard/.test(schema) ? 'standard' : 'policy';
    const name = kind === 'config' ? 'stepwise.config.yaml' : kind === 'runbook' ? 'runbooks/doc-example.yaml' : kind === 'standard' ? 'policy/standards/doc-example.yaml' : 'policy/doc-example.yaml';
    mkdirSync(join(dir, 'runbooks'), { recursive: true });
    // An example that redefines a shipped id replaces that file, as an author's own copy would.
    const id = /^id: (\S+)/m.exec(block.code)?.[1];
    if (id) for (const f of [`policy/${id}.yaml`, `policy/standards/${id}.yaml`]) rmSync(join(dir, f), { force: true });
    writeFileSync(join(dir, name), block.code);
    const args = kind === 'config' ? ['validate', 'policy'] : ['validate', name];
    const result = spawnSync(process.execPath, [join(root, 'packages/cli/bin/stepwise.mjs'), ...args], { cwd: dir, env, encoding: 'utf8' });
    expect(result.status, `${where(block)}\n${result.stdout}${result.stderr}`).toBe(0);
  });
});

/** Runs an interactive command in a pseudo-terminal until it asks its first question, then ends it. */
function untilFirstQuestion(command: string): Promise<string> {
  return new Promise((resolve) => {
    const pty = spawn('bash', ['-c', command], { name: 'xterm', cols: 120, rows: 40, cwd: scratch, env: { ...env, TERM: 'xterm' } });
    let screen = '';
    const done = () => {
      clearTimeout(timer);
      pty.kill();
      resolve(screen);
    };
    // A safety net, not a timing assertion: a command that never asks anything ends here.
    const timer = setTimeout(done, 20_000);
    pty.onData((data) => {
      screen += data;
      if (/(: |\? |> |\] )\s*$/.test(screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, ''))) done();
    });
    pty.onExit(() => done());
  });
}
