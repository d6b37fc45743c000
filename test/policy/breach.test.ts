import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  breachHash,
  evaluatePassword,
  evaluatePasswordAsync,
  loadEvaluationResources,
  lookupBreach,
  md4,
  verifyBreachFile,
  type EvaluablePolicy,
  type EvaluateOptions,
  type RandomAccessReader,
} from '@stepwise/policy';
import { runCli } from '../helpers/runCli';

const root = fileURLToPath(new URL('../../', import.meta.url));
const sha1 = (text: string) => createHash('sha1').update(text, 'utf8').digest('hex').toUpperCase();

/** Lines in the Have I Been Pwned downloader's single-file format: sorted HASH:COUNT, CR LF. */
function breachFileText(entries: readonly [string, number][], eol = '\r\n'): string {
  return [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([h, c]) => `${h}:${c}${eol}`).join('');
}

/** A reader over bytes in memory that counts what was read, to prove the file is not loaded. */
function memoryReader(text: string): RandomAccessReader & { bytesRead: number; reads: number } {
  const bytes = new TextEncoder().encode(text);
  const reader = {
    size: bytes.length,
    bytesRead: 0,
    reads: 0,
    async read(offset: number, length: number) {
      const out = bytes.slice(offset, Math.min(bytes.length, offset + length));
      reader.bytesRead += out.length;
      reader.reads++;
      return out;
    },
  };
  return reader;
}

// 3,000 filler hashes (about 140 KB, well past one 8 KiB scan) plus known passwords.
const KNOWN: [string, number][] = [
  ['password', 9_659_365],
  ['Summer2025!', 1_234],
  ['correct horse battery staple', 407],
];
const FILLER: [string, number][] = Array.from({ length: 3000 }, (_, k) => [sha1(`filler-${k}`), (k % 97) + 1]);
const ENTRIES: [string, number][] = [...FILLER, ...KNOWN.map(([p, c]): [string, number] => [sha1(p), c])];

const policy: EvaluablePolicy = { id: 'breach-test', title: 'T', version: '1', summary: 's', rules: { breached: { clauses: ['A5-6.2.12'] } } };

let resources: EvaluateOptions;
beforeAll(async () => {
  resources = await loadEvaluationResources();
});

describe('breach lookup in a Pwned Passwords file (binary search in place)', () => {
  it('hashes as Have I Been Pwned does: SHA-1 upper-case hex, NTLM = MD4 of UTF-16LE', async () => {
    expect(await breachHash('password')).toBe('5BAA61E4C9B93F3F0682250B6CF8331B7EE68FD8');
    expect(await breachHash('password', 'ntlm')).toBe('8846F7EAEE8FB117AD06BDD830B7586C');
    // RFC 1320 test vectors.
    const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');
    expect(hex(md4(new Uint8Array()))).toBe('31d6cfe0d16ae931b73c59d7e0c089c0');
    expect(hex(md4(new TextEncoder().encode('message digest')))).toBe('d9130a8164549fe818874806e1c7014b');
    expect(hex(md4(new TextEncoder().encode('1234567890'.repeat(8))))).toBe('e33b4ddc9c38f2199c3e7b164fcc0536');
  });

  it('finds every known password with its count, and reads a small part of the file', async () => {
    const reader = memoryReader(breachFileText(ENTRIES));
    for (const [password, count] of KNOWN) {
      reader.bytesRead = 0;
      expect(await lookupBreach(password, { kind: 'file', reader, name: 'pwned.txt' })).toEqual({ status: 'found', count, source: 'pwned.txt' });
      expect(reader.bytesRead).toBeLessThan(reader.size / 4);
    }
    expect(await lookupBreach('quarry lantern velvet orbit', { kind: 'file', reader, name: 'pwned.txt' })).toEqual({ status: 'not-found', source: 'pwned.txt' });
  });

  it('finds the first and the last line, with LF or CR LF line ends', async () => {
    const sorted = [...ENTRIES].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const eol of ['\n', '\r\n']) {
      const reader = memoryReader(breachFileText(ENTRIES, eol));
      const { searchBreachFile } = await import('@stepwise/policy');
      expect(await searchBreachFile(reader, 'f', sorted[0]![0])).toMatchObject({ status: 'found', count: sorted[0]![1] });
      expect(await searchBreachFile(reader, 'f', sorted.at(-1)![0])).toMatchObject({ status: 'found', count: sorted.at(-1)![1] });
      expect(await searchBreachFile(reader, 'f', '0'.repeat(40))).toMatchObject({ status: 'not-found' });
      expect(await searchBreachFile(reader, 'f', 'F'.repeat(40))).toMatchObject({ status: 'not-found' });
    }
  });

  it('looks NTLM files up with hash: ntlm', async () => {
    const ntlm = (p: string) => breachHash(p, 'ntlm');
    const entries: [string, number][] = [[await ntlm('password'), 5], [await ntlm('letmein'), 3], ...FILLER.slice(0, 50).map(([h, c]): [string, number] => [h.slice(0, 32), c])];
    const reader = memoryReader(breachFileText(entries));
    expect(await lookupBreach('letmein', { kind: 'file', reader, name: 'ntlm.txt', hash: 'ntlm' })).toMatchObject({ status: 'found', count: 3 });
  });

  it('reports a malformed or unsorted file with its line, and never throws', async () => {
    const good = breachFileText(FILLER.slice(0, 20)).split('\r\n');
    const lower = [...good];
    lower[6] = lower[6]!.toLowerCase();
    expect(await verifyBreachFile(memoryReader(lower.join('\r\n')), 'lower.txt', 40)).toMatchObject({ code: 'breach-file-malformed', source: 'lower.txt', line: 7 });
    const swapped = [...good];
    [swapped[3], swapped[9]] = [swapped[9]!, swapped[3]!];
    expect(await verifyBreachFile(memoryReader(swapped.join('\r\n')), 'unsorted.txt', 40)).toMatchObject({ code: 'breach-file-unsorted', line: 5 });
    expect(await verifyBreachFile(memoryReader(''), 'empty.txt', 40)).toMatchObject({ code: 'breach-file-malformed', line: 1 });
    expect(await verifyBreachFile(memoryReader(breachFileText(FILLER.slice(0, 20))), 'good.txt', 40)).toBeUndefined();
    // The search itself notices damage on the lines it reads.
    const damaged = memoryReader(breachFileText(ENTRIES).replace(/\r\n/g, '|'));
    expect(await lookupBreach('password', { kind: 'file', reader: damaged, name: 'damaged.txt' })).toMatchObject({ status: 'error', problem: { code: 'breach-file-malformed', source: 'damaged.txt' } });
    const failing: RandomAccessReader = { size: 100, read: async () => Promise.reject(new Error('disk on fire')) };
    expect(await lookupBreach('password', { kind: 'file', reader: failing, name: 'x' })).toMatchObject({ status: 'error', problem: { code: 'breach-file-unreadable' } });
  });
});

describe('breach lookup through a k-anonymity range service', () => {
  it('sends only the 5-character prefix, with padding, and finds the suffix', async () => {
    const hash = sha1('password');
    const asked: { url: string; headers: Record<string, string> }[] = [];
    const fetch = async (url: string, init: { headers: Record<string, string> }) => {
      asked.push({ url, headers: init.headers });
      return { ok: true, status: 200, text: async () => `0018A45C4D1DEF81644B54AB7F969B88D65:1\r\n${hash.slice(5)}:9659365\r\nFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF:0\r\n` };
    };
    expect(await lookupBreach('password', { kind: 'range', fetch })).toEqual({ status: 'found', count: 9659365, source: 'https://api.pwnedpasswords.com/range/' });
    expect(asked).toEqual([{ url: `https://api.pwnedpasswords.com/range/${hash.slice(0, 5)}`, headers: { 'Add-Padding': 'true' } }]);
    expect(asked[0]!.url).not.toContain(hash.slice(5, 10));
    const failing = async () => ({ ok: false, status: 503, text: async () => '' });
    expect(await lookupBreach('password', { kind: 'range', fetch: failing })).toMatchObject({ status: 'error', problem: { code: 'breach-range-failed' } });
  });
});

describe('the breached rule', () => {
  it('says "not checked" without a source: a warning, never a pass, never a rejection', () => {
    const result = evaluatePassword('quarry lantern velvet orbit', policy, {}, resources);
    expect(result.ok).toBe(true);
    expect(result.rules[0]).toMatchObject({ rule: 'breached', ok: false, checked: false, severity: 'warning' });
    expect(result.rules[0]!.message).toMatch(/^Not checked/);
    // Nothing the person typing could act on, so no advice about it.
    expect(result.feedback.suggestions.join(' ')).not.toMatch(/breach/i);
  });

  it('rejects a breached password and accepts one not in the corpus (evaluatePasswordAsync does the lookup)', async () => {
    const reader = memoryReader(breachFileText(ENTRIES));
    const source = { kind: 'file' as const, reader, name: 'pwned.txt' };
    const found = await evaluatePasswordAsync('Summer2025!', policy, {}, { ...resources, breachSource: source });
    expect(found.ok).toBe(false);
    expect(found.rules[0]).toMatchObject({ rule: 'breached', ok: false, severity: 'error', measured: { count: 1234 } });
    expect(JSON.stringify(found)).not.toContain('Summer');
    expect(JSON.stringify(found)).not.toContain(sha1('Summer2025!').slice(0, 10));
    const clean = await evaluatePasswordAsync('quarry lantern velvet orbit', policy, {}, { ...resources, breachSource: source });
    expect(clean.rules[0]).toMatchObject({ rule: 'breached', ok: true });
  });
});

describe('stepwise check --breach-file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stepwise-breach-'));
  const good = join(dir, 'pwned.txt');
  writeFileSync(good, breachFileText(ENTRIES));
  const unsorted = join(dir, 'unsorted.txt');
  const lines = breachFileText(FILLER.slice(0, 30)).split('\r\n');
  [lines[10], lines[20]] = [lines[20]!, lines[10]!];
  writeFileSync(unsorted, lines.join('\r\n'));
  const malformed = join(dir, 'malformed.txt');
  writeFileSync(malformed, `${breachFileText(FILLER.slice(0, 5))}not a hash line\r\n`);
  const cli = (args: string[], stdin: string) => runCli(['check', '--password-stdin', '--policy', 'owasp-asvs-5-l2', ...args], { cwd: root, stdin });

  it('rejects a breached password and accepts another, never printing either', async () => {
    const found = await cli(['--breach-file', good], 'correct horse battery staple\n');
    expect(found.code).toBe(1);
    expect(found.stdout).toMatch(/FAIL {2}breached {5}This password is in a breach corpus \(seen 407 times\)/);
    expect(found.stdout + found.stderr).not.toContain('horse');
    const clean = await cli(['--breach-file', good], 'quarry lantern velvet orbit\n');
    expect(clean.code).toBe(0);
    expect(clean.stdout).toContain('pass  breached     Not found in the breach corpus.');
  });

  it('--batch looks every line up; without a file the rule is listed as not checked, not failed', async () => {
    const batch = await runCli(['check', '--batch', '--policy', 'owasp-asvs-5-l2', '--breach-file', good], { cwd: root, stdin: 'correct horse battery staple\nquarry lantern velvet orbit\n' });
    expect(batch.code).toBe(1);
    const lines = batch.stdout.trim().split('\n').map((l) => JSON.parse(l) as { ok: boolean; failed: { rule: string }[]; notChecked?: string[] });
    expect(lines.map((l) => [l.ok, l.failed.map((f) => f.rule)])).toEqual([[false, ['breached']], [true, []]]);
    const without = await runCli(['check', '--batch', '--policy', 'owasp-asvs-5-l2'], { cwd: root, stdin: 'quarry lantern velvet orbit\n' });
    expect(JSON.parse(without.stdout)).toMatchObject({ ok: true, failed: [], notChecked: ['breached'] });
  });

  it('without --breach-file, says "not checked"', async () => {
    const result = await cli([], 'quarry lantern velvet orbit\n');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('skip  breached     Not checked: no breach source was given');
  });

  it('a missing, unsorted or malformed file: the file and line, exit 2', async () => {
    const missing = await cli(['--breach-file', join(dir, 'nope.txt')], 'x\n');
    expect(missing).toMatchObject({ code: 2, stdout: '' });
    expect(missing.stderr).toBe(`stepwise check: breach file ${join(dir, 'nope.txt')}: no such file.\n`);
    const bad = await cli(['--breach-file', unsorted], 'x\n');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`stepwise check: ${unsorted}:12: breach-file-unsorted: The hashes are not in ascending order`);
    const broken = await cli(['--breach-file', malformed], 'x\n');
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain(`stepwise check: ${malformed}:6: breach-file-malformed: Not a HASH:COUNT line`);
    const usage = await cli(['--breach-hash', 'md5', '--breach-file', good], 'x\n');
    expect(usage.code).toBe(2);
  });
});

describe('the search notices an unsorted file on the lines it reads', () => {
  it('a reversed file is refused, not searched to a wrong answer', async () => {
    const reversed = breachFileText(ENTRIES).split('\r\n').filter(Boolean).reverse().join('\r\n');
    const result = await lookupBreach('password', { kind: 'file', reader: memoryReader(reversed), name: 'reversed.txt' });
    expect(result).toMatchObject({ status: 'error', problem: { code: 'breach-file-unsorted', source: 'reversed.txt' } });
    if (result.status === 'error') expect(result.problem.line).toBeGreaterThan(1);
  });
});
