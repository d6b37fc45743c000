import type { AdjacencyGraph } from './matchSpatial';

/** A sorted word table as stored: words newline-joined, values 3 characters each (see sortedWordTable). */
export interface StoredTable {
  words: string;
  values: string;
}

/**
 * The one data file the engine loads lazily (`dictionaries.js`, generated), compiled at build time from
 * the zxcvbn-ts packages by `scripts/compileDictionaries.mjs`: the estimator's merged word table
 * (ASCII words, and the few others apart), the common-password list with its ranks, the keyboard
 * graphs and the diceware list.
 */
export interface CompiledDictionaries {
  source: Record<string, string | number>;
  estimator: StoredTable & { other: StoredTable };
  commonPasswords: StoredTable & { count: number };
  graphs: Record<'qwerty' | 'keypad', AdjacencyGraph>;
  /** 7,776 words, newline-joined. */
  diceware: string;
}

let pending: Promise<CompiledDictionaries> | undefined;

/**
 * Loads the data with `import()` on first call only, so a page that never checks a password
 * never downloads it (bundlers put it in a chunk of its own). Shared by the estimator, the
 * common-password list and the generator: one download, one parse. Memoised; a failed load is
 * retried on the next call.
 */
export function loadDictionaries(): Promise<CompiledDictionaries> {
  pending ??= import('./dictionaries').then((m) => m.default);
  pending.catch(() => {
    pending = undefined;
  });
  return pending;
}
