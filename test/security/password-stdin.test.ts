import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '@stepwise/cli';
import { describe, expect, it, vi } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SENTINEL = 'S3ntinel-Value-9q';

async function check(stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (mode: boolean) => unknown }) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  stdout.on('data', (c: Buffer) => (out += c.toString('utf8')));
  stderr.on('data', (c: Buffer) => (out += c.toString('utf8')));
  const code = await main(['check', '--password-stdin', '--policy', 'exchange-org'], { cwd: ROOT, env: {}, stdin, stdout, stderr });
  return { code, out };
}

describe('issue 15 item 7: --password-stdin reads one bounded line, never echoes', () => {
  it('100 MB on standard input is not read whole: reading stops past the cap, exit 2', async () => {
    let served = 0;
    const total = 100 * 1024 * 1024;
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const stdin = new Readable({
      read() {
        if (served >= total) return void this.push(null);
        served += chunk.length;
        this.push(chunk);
      },
    });
    const { code, out } = await check(stdin);
    expect(code).toBe(2);
    expect(out).toContain('longer than');
    expect(served).toBeLessThan(4 * 1024 * 1024);
  });

  it('reads up to the first newline and stops there', async () => {
    let served = 0;
    const stdin = new Readable({
      read() {
        served++;
        this.push(served === 1 ? Buffer.from(`${SENTINEL}\n`) : served < 10_000 ? Buffer.alloc(64 * 1024, 0x62) : null);
      },
    });
    const { code, out } = await check(stdin);
    expect([0, 1]).toContain(code);
    expect(out).not.toContain(SENTINEL);
    expect(served).toBeLessThan(100);
  });

  it('invalid UTF-8 is an error, exit 2, that does not echo the input (issue 11 bad input)', async () => {
    const stdin = new PassThrough();
    stdin.end(Buffer.concat([Buffer.from(SENTINEL), Buffer.from([0xff, 0xc3, 0x28]), Buffer.from('\n')]));
    const { code, out } = await check(stdin);
    expect(code).toBe(2);
    expect(out).toContain('not valid UTF-8');
    expect(out).not.toContain(SENTINEL);
  });

  it('on a terminal it turns echo off (raw mode) and prints no password', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true, setRawMode: vi.fn() });
    const done = check(stdin);
    setTimeout(() => stdin.write(`${SENTINEL}\r`), 50);
    const { code, out } = await done;
    expect(stdin.setRawMode).toHaveBeenCalledWith(true);
    expect(stdin.setRawMode).toHaveBeenLastCalledWith(false);
    expect([0, 1]).toContain(code);
    expect(out).not.toContain(SENTINEL);
  });
});
