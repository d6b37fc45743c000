import type { RunEvent } from '@stepwise/runbook';
import { readStoredRun, STORED_RUN_FORMAT, STORED_RUN_VERSION, type StoredRun } from './storedRun';

/** `stepwise:v1:runs:<runbook id>:<run id>`: namespaced (other apps share the origin) and versioned. */
export const RUN_KEY_PREFIX = `stepwise:v${STORED_RUN_VERSION}:runs:`;

export function runKey(runbookId: string, runId: string): string {
  return `${RUN_KEY_PREFIX}${runbookId}:${runId}`;
}

/** The part of the Web Storage API used here, so tests and private modes can pass their own. */
export type RunStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export interface SavedRunEntry {
  key: string;
  runId: string;
  run: StoredRun;
}

export interface UnreadableRunEntry {
  key: string;
  runId: string;
  reason: string;
}

export interface RunListing {
  runs: SavedRunEntry[];
  unreadable: UnreadableRunEntry[];
}

/** Every run of one runbook found in the store, newest first; unreadable ones apart, never dropped silently. */
export function listRuns(store: RunStore | undefined, runbookId: string): RunListing {
  const listing: RunListing = { runs: [], unreadable: [] };
  if (!store) return listing;
  const prefix = `${RUN_KEY_PREFIX}${runbookId}:`;
  const keys: string[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key !== null && key.startsWith(prefix)) keys.push(key);
  }
  for (const key of keys) {
    const runId = key.slice(prefix.length);
    let text: string | null;
    try {
      text = store.getItem(key);
    } catch {
      text = null;
    }
    const read = readStoredRun(text, { runbookId, runId });
    if (read.ok) listing.runs.push({ key, runId, run: read.run });
    else listing.unreadable.push({ key, runId, reason: read.reason });
  }
  listing.runs.sort((a, b) => b.run.savedAt.localeCompare(a.run.savedAt));
  return listing;
}

/** Why a save did not happen: a newer copy from another tab, or a store that refused. */
export type SaveOutcome = { ok: true } | { ok: false; kind: 'conflict' | 'refused'; message: string };

/**
 * Saves a run's events, unless the store holds a copy this tab did not write (issue 14 item 2):
 * `knownHead` is the hash of the last event this tab saved (null for a run not saved yet), and a
 * stored copy ending elsewhere was written by another tab, so it is never overwritten.
 */
export function saveRun(store: RunStore | undefined, runbookId: string, runId: string, actor: string, events: readonly RunEvent[], knownHead?: string | null): SaveOutcome {
  if (!store) return { ok: false, kind: 'refused', message: 'This browser does not allow saving; export the record before leaving the page.' };
  const key = runKey(runbookId, runId);
  if (knownHead !== undefined) {
    const head = storedHead(store, key);
    if (head !== undefined && head !== knownHead) return { ok: false, kind: 'conflict', message: 'This run was changed in another tab or window since this page last saved it.' };
  }
  const stored: StoredRun = { format: STORED_RUN_FORMAT, version: STORED_RUN_VERSION, runbookId, runId, actor, savedAt: new Date().toISOString(), events: [...events] };
  try {
    store.setItem(key, JSON.stringify(stored));
    return { ok: true };
  } catch (error) {
    // QuotaExceededError (HTML Standard, Web Storage: setItem throws when the quota is reached).
    const full = error instanceof Error && /quota/i.test(`${error.name} ${error.message}`);
    return { ok: false, kind: 'refused', message: full ? 'The browser\'s storage for this site is full: the last action is kept on this page only. Export the record now.' : 'The browser refused to save this run (storage disabled); the last action is kept on this page only. Export the record now.' };
  }
}

/** The hash of the last event stored under a key: undefined when nothing (readable) is there. */
export function storedHead(store: RunStore | undefined, key: string): string | undefined {
  let text: string | null | undefined;
  try {
    text = store?.getItem(key);
  } catch {
    return undefined;
  }
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as { events?: { hash?: unknown }[] };
    const hash = Array.isArray(value.events) ? value.events.at(-1)?.hash : undefined;
    return typeof hash === 'string' ? hash : '';
  } catch {
    return '';
  }
}

/** Removes a saved run; returns its text so that the discard can be undone. */
export function discardRun(store: RunStore | undefined, key: string): string | undefined {
  try {
    const text = store?.getItem(key) ?? undefined;
    store?.removeItem(key);
    return text;
  } catch {
    // A store that refuses removal keeps the entry, and the list shows it again.
    return undefined;
  }
}

/** Puts a discarded run back (the undo of `discardRun`). */
export function restoreRun(store: RunStore | undefined, key: string, text: string): boolean {
  try {
    store?.setItem(key, text);
    return store !== undefined;
  } catch {
    return false;
  }
}

/** A new run id: time-ordered, with random bits so that two tabs never collide. */
export function newRunId(now: Date = new Date()): string {
  const random = globalThis.crypto.getRandomValues(new Uint8Array(4));
  const suffix = [...random].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}-${suffix}`;
}

/** `window.localStorage`, or undefined where it is missing or throws on access (some private modes). */
export function browserRunStore(): RunStore | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}
