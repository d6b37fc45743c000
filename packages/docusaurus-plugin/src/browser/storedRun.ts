import type { RunEvent } from '@stepwise/runbook';

/** Bump when the stored shape changes; older keys are then listed as unreadable, never misread. */
export const STORED_RUN_VERSION = 1;
export const STORED_RUN_FORMAT = 'stepwise-browser-run';

/**
 * A run as kept in localStorage: only its events (the state is a pure function of them) plus
 * what the run list shows without replaying. Never a password: the checker writes nothing.
 */
export interface StoredRun {
  format: typeof STORED_RUN_FORMAT;
  version: typeof STORED_RUN_VERSION;
  runbookId: string;
  runId: string;
  /** The last actor, offered again on resume. */
  actor: string;
  savedAt: string;
  events: RunEvent[];
}

export type ReadStoredRun = { ok: true; run: StoredRun } | { ok: false; reason: string };

/** Keys that must never appear in stored data: a payload carrying them is hostile or foreign. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const ACTIONS = new Set(['start', 'complete', 'tick', 'skip', 'fail', 'reopen', 'note']);
const HEX64 = /^[0-9a-f]{64}$/;

/**
 * Parses and checks what was found under a run key (security reference item 10). Hand-written
 * guards, no schema compiler: the shape of the container and of every event. The engine's
 * replay and hash checks run afterwards (`resumeStoredRun`).
 */
export function readStoredRun(text: string | null, expected: { runbookId: string; runId: string }): ReadStoredRun {
  if (text === null) return { ok: false, reason: 'Nothing is stored under this key.' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The saved data is not valid JSON.' };
  }
  const forbidden = findForbiddenKey(value, 0);
  if (forbidden) return { ok: false, reason: `The saved data holds a "${forbidden}" key, which no saved run has.` };
  if (!isRecord(value)) return { ok: false, reason: 'The saved data is not an object.' };
  if (value['format'] !== STORED_RUN_FORMAT || value['version'] !== STORED_RUN_VERSION) return { ok: false, reason: 'The saved data is not a run saved by this version of the site.' };
  if (value['runbookId'] !== expected.runbookId || value['runId'] !== expected.runId) return { ok: false, reason: 'The saved data names another run than its key.' };
  if (typeof value['actor'] !== 'string' || typeof value['savedAt'] !== 'string') return { ok: false, reason: 'The saved run lacks its actor or time.' };
  const events = value['events'];
  if (!Array.isArray(events) || events.length === 0) return { ok: false, reason: 'The saved run has no events.' };
  for (let i = 0; i < events.length; i++) if (!isEvent(events[i])) return { ok: false, reason: `Event ${i + 1} of the saved run is malformed.` };
  return { ok: true, run: value as unknown as StoredRun };
}

function isEvent(value: unknown): value is RunEvent {
  if (!isRecord(value)) return false;
  return (
    typeof value['seq'] === 'number' &&
    typeof value['at'] === 'string' &&
    typeof value['actor'] === 'string' &&
    (value['stepId'] === null || typeof value['stepId'] === 'string') &&
    typeof value['action'] === 'string' &&
    ACTIONS.has(value['action']) &&
    isRecord(value['data']) &&
    typeof value['prevHash'] === 'string' &&
    HEX64.test(value['prevHash']) &&
    typeof value['hash'] === 'string' &&
    HEX64.test(value['hash'])
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** JSON.parse keeps `"__proto__"` as an own key; find it (or its kin) at any depth. */
function findForbiddenKey(value: unknown, depth: number): string | undefined {
  if (depth > 32 || typeof value !== 'object' || value === null) return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findForbiddenKey(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) return key;
    const found = findForbiddenKey((value as Record<string, unknown>)[key], depth + 1);
    if (found) return found;
  }
  return undefined;
}
