import { compileSchema, findInvisibleCharacters, loadDocument, type Diagnostic, type LoadOptions, type ParsedYaml, type SchemaValidator } from '@stepwise/core';
import schema from '../../schema/policy.schema.json';
import type { PolicyDocument } from '../types';
import { checkPolicySemantics } from './checkPolicySemantics';

export interface LoadedPolicy {
  /** Present when the text parsed, matched the schema and passed the semantic checks without errors. */
  policy?: PolicyDocument;
  diagnostics: Diagnostic[];
  /** The parsed document, for locating later problems (extends) in the source. */
  parsed: ParsedYaml;
}

let validator: SchemaValidator | undefined;

/** Compiled once per module, on first use. A browser build may pass a standalone validator instead. */
function policyValidator(): SchemaValidator {
  validator ??= compileSchema(schema);
  return validator;
}

/**
 * Reads one policy file: YAML with source positions, the JSON Schema, then the checks a schema
 * cannot express (min <= max, patterns RE2 can run, ...). Never throws; every problem is a
 * diagnostic at the node concerned.
 */
export function loadPolicy(text: string, file = '<input>', options: { validator?: SchemaValidator; load?: Partial<LoadOptions> } = {}): LoadedPolicy {
  const loaded = loadDocument<PolicyDocument>(text, file, options.validator ?? policyValidator(), 'policy', options.load);
  if (!loaded.value) return { diagnostics: [...loaded.diagnostics, ...findInvisibleCharacters(loaded.parsed)], parsed: loaded.parsed };
  const diagnostics = [...loaded.diagnostics, ...checkPolicySemantics(loaded.value, loaded.parsed), ...findInvisibleCharacters(loaded.parsed)];
  const failed = diagnostics.some((d) => d.severity === 'error');
  return failed ? { diagnostics, parsed: loaded.parsed } : { policy: loaded.value, diagnostics, parsed: loaded.parsed };
}
