import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { spawn, type IPty } from '@lydell/node-pty';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Bundles the CLI, as users run it (`node packages/cli/bin/stepwise.mjs`). */
export function buildCli(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'pipe' });
}

// Every question the checklist asks ends in one of these; the program is then waiting for us.
const PROMPT_END = /(> |\[y\/n\] |: |\? |\) ) *$/;
// A safety net against a hung program, not a speed assertion: on expiry the test fails with the screen.
const HANG_MS = 20_000;

/**
 * `stepwise <args>` in a real pseudo-terminal, driven as a person would: wait for a question,
 * read the screen, type an answer and Enter.
 */
export class PtySession {
  readonly pty: IPty;
  output = '';
  private mark = 0;
  private listeners: (() => void)[] = [];
  exit: Promise<number>;

  constructor(args: string[], env: Record<string, string> = {}) {
    this.pty = spawn(process.execPath, ['packages/cli/bin/stepwise.mjs', ...args], {
      name: 'xterm-256color',
      cols: 100,
      rows: 40,
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', STEPWISE_ACTOR: '', ...env } as Record<string, string>,
    });
    this.pty.onData((data) => {
      this.output += data;
      for (const listener of this.listeners) listener();
    });
    this.exit = new Promise((resolve) => this.pty.onExit(({ exitCode }) => resolve(exitCode)));
  }

  /** The text since the last answer, without terminal escape sequences. */
  get fresh(): string {
    return strip(this.output.slice(this.mark));
  }

  /** Waits until the screen since the last answer shows `pattern` and the program asks something. */
  async waitFor(pattern: string | RegExp = PROMPT_END): Promise<string> {
    const matches = () => {
      const text = this.fresh;
      return (typeof pattern === 'string' ? text.includes(pattern) : pattern.test(text)) && PROMPT_END.test(text);
    };
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ${String(pattern)} on screen; screen since the last answer:\n${this.fresh}`)), HANG_MS);
      const check = () => {
        if (!matches()) return;
        // Let the rest of a prompt that arrived in pieces land.
        setTimeout(() => {
          if (!matches()) return;
          clearTimeout(timer);
          this.listeners = this.listeners.filter((l) => l !== check);
          resolve();
        }, 30);
      };
      this.listeners.push(check);
      check();
    });
    return this.fresh;
  }

  /** Types a line and Enter. */
  type(line: string): void {
    this.mark = this.output.length;
    this.pty.write(`${line}\r`);
  }

  async answer(pattern: string | RegExp, line: string): Promise<string> {
    const screen = await this.waitFor(pattern);
    if (process.env['PTY_DEBUG']) process.stderr.write(`\n=== ${String(pattern)} -> ${line}\n${screen}\n`);
    this.type(line);
    return screen;
  }
}

export function strip(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
}
