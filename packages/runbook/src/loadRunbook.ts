import { compileSchema, findInvisibleCharacters, loadDocument, type Diagnostic, type LoadOptions, type ParsedYaml } from '@stepwise/core';
import schema from '../schema/runbook.schema.json';
import type { RunbookCatalog } from './check/catalog';
import { checkRunbook } from './check/checkRunbook';
import type { Runbook } from './types';

export type { RunbookCatalog } from './check/catalog';
export type { RunbookCode } from './check/codes';
/** The runbook JSON Schema (draft 2020-12), the single source of truth for the format. */
export const runbookSchema: object = schema;
let validator: ReturnType<typeof compileSchema> | undefined;

export interface LoadedRunbook {
  /** Present when the file parsed and matched the schema (cross-reference problems may remain). */
  runbook?: Runbook;
  diagnostics: Diagnostic[];
  parsed: ParsedYaml;
}

/**
 * YAML text -> validated runbook: parse with positions, JSON Schema, then cross-references.
 * Never throws; every problem is a diagnostic.
 */
export function loadRunbook(text: string, file = '<runbook>', catalog: RunbookCatalog = {}, options?: Partial<LoadOptions>): LoadedRunbook {
  validator ??= compileSchema(runbookSchema);
  const loaded = loadDocument<Runbook>(text, file, validator, 'runbook', options);
  if (!loaded.value) return { diagnostics: [...loaded.diagnostics, ...findInvisibleCharacters(loaded.parsed)], parsed: loaded.parsed };
  const diagnostics = [...checkRunbook(loaded.value, loaded.parsed, catalog), ...findInvisibleCharacters(loaded.parsed)];
  return { runbook: loaded.value, diagnostics, parsed: loaded.parsed };
}
