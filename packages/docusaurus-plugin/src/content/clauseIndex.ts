import type { ClauseRef } from './types';

export interface ClauseDefinition {
  id: string;
  standard: string;
  standardTitle: string;
  text: string;
}

export interface ClauseIndex {
  /** The clause with its standard, or just the id when no loaded standard defines it. */
  resolve(id: string): ClauseRef;
  all(): ClauseDefinition[];
}

/** Clause id -> standard, built from the loaded standards; the first definition of an id wins. */
export function clauseIndex(definitions: readonly ClauseDefinition[]): ClauseIndex {
  const byId = new Map<string, ClauseDefinition>();
  for (const definition of definitions) if (!byId.has(definition.id)) byId.set(definition.id, definition);
  return {
    resolve(id) {
      const found = byId.get(id);
      return found ? { id, standard: found.standard, standardTitle: found.standardTitle, text: found.text } : { id };
    },
    all: () => [...byId.values()],
  };
}
