import type { Diagnostic } from '../diagnostic';
import { resolveLoadOptions, type LoadOptions } from '../options';
import type { SchemaValidator } from '../validate/compileSchema';
import { validateWithSchema } from '../validate/validateWithSchema';
import { parseYaml, type ParsedYaml } from './parseYaml';

export interface LoadedDocument<T> {
  /** The value, typed, present only when it parsed and matched the schema. */
  value?: T;
  parsed: ParsedYaml;
  diagnostics: Diagnostic[];
}

/** Parse + schema validation, the first two stages every loader shares. */
export function loadDocument<T>(text: string, file: string, validator: SchemaValidator, subject: string, options?: Partial<LoadOptions>): LoadedDocument<T> {
  const parsed = parseYaml(text, file, options);
  if (parsed.diagnostics.length > 0) return { parsed, diagnostics: parsed.diagnostics };
  const diagnostics = validateWithSchema(parsed, validator, subject, resolveLoadOptions(options).maxDiagnostics);
  return diagnostics.length > 0 ? { parsed, diagnostics } : { parsed, diagnostics, value: parsed.value as T };
}
