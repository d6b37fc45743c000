import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadRunbook, startRun, type Run, type RunResult, type Runbook } from '@stepwise/runbook';

export const FIXTURE_PATH = fileURLToPath(new URL('../fixtures/runbooks/fixture-reset.yaml', import.meta.url));
export const EXCHANGE_PATH = fileURLToPath(new URL('../../runbooks/exchange-password-reset.yaml', import.meta.url));

export function loadFixture(path = FIXTURE_PATH): { runbook: Runbook; source: string } {
  const source = readFileSync(path, 'utf8');
  const loaded = loadRunbook(source, path);
  if (!loaded.runbook) throw new Error(`${path} does not load: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return { runbook: loaded.runbook, source };
}

/** A clock that starts at a fixed time and moves one second per reading. */
export function steppingClock(start = '2025-01-31T09:00:00.000Z', stepMs = 1000): () => Date {
  let t = Date.parse(start);
  return () => {
    const now = new Date(t);
    t += stepMs;
    return now;
  };
}

export const FIXTURE_INPUTS = { ticket: 'INC123456', account: 'ana@example.org', 'admin-account': false };

export async function startFixture(variant = 'cloud', inputs: Record<string, string | number | boolean> = FIXTURE_INPUTS): Promise<Run> {
  const { runbook, source } = loadFixture();
  return expectOk(await startRun({ runbook, runbookSource: source, variant, inputs, actor: 'alice', clock: steppingClock() }));
}

export function expectOk(result: RunResult): Run {
  if (!result.ok) throw new Error(`refused: ${result.error.code}: ${result.error.message}`);
  return result.run;
}

export function statuses(run: Run): Record<string, string> {
  return Object.fromEntries(run.state.steps.map((s) => [s.id, s.status]));
}
