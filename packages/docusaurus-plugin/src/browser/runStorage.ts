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

/** Saves a run's events; returns a message when the store refuses (quota, private mode). */
export function saveRun(store: RunStore | undefined, runbookId: string, runId: string, actor: string, events: readonly RunEvent[]): string | undefined {
  if (!store) return 'This browser does not allow saving; export the record before leaving the page.';
  const stored: StoredRun = { format: STORED_RUN_FORMAT, version: STORED_RUN_VERSION, runbookId, runId, actor, savedAt: new Date().toISOString(), events: [...events] };
  try {
    store.setItem(runKey(runbookId, runId), JSON.stringify(stored));
    return undefined;
  } catch {
    return 'The browser refused to save this run (storage full or disabled); export the record now.';
  }
}

export function discardRun(store: RunStore | undefined, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // Nothing to do: a store that refuses removal keeps the entry, and the list shows it again.
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
