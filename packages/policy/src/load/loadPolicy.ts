import { compileSchema, findInvisibleCharacters, loadDocument, type Diagnostic, type LoadOptions, type ParsedYaml, type SchemaValidator } from '@stepwise/core';
import schema from '../../schema/policy.schema.json';
import { resolveExtends } from '../resolve/resolveExtends';
import { applyChain, type ResolvedPolicy } from '../resolve/resolvePolicy';
import type { PolicyDocument } from '../types';
import { checkPolicySemantics } from './checkPolicySemantics';

export interface LoadedPolicy {
  /** Ready to evaluate: present when the file loaded without errors and its `extends` (if any) was resolved. */
  policy?: ResolvedPolicy;
  /** The policy as written, before `extends`: present whenever it parsed, matched the schema and passed the semantic checks. */
  document?: PolicyDocument;
  diagnostics: Diagnostic[];
  /** The parsed document, for locating later problems (extends) in the source. */
  parsed: ParsedYaml;
}

export interface LoadPolicyOptions {
  /** A standalone validator for browsers (no `new Function` at run time). */
  validator?: SchemaValidator;
  load?: Partial<LoadOptions>;
  /** The caller's own policies `extends` may name; looked up before the presets. */
  parents?: readonly PolicyDocument[];
  /** Presets `extends` may name; default: the policies shipped under /policy. */
  presets?: readonly PolicyDocument[];
  /**
   * false: leave `extends` to the caller (`resolvePolicies` over a whole folder). `policy` is
   * then present only for a policy that extends nothing. Default true.
   */
  resolve?: boolean;
}

let validator: SchemaValidator | undefined;

/** Compiled once per module, on first use. A browser build may pass a standalone validator instead. */
function policyValidator(): SchemaValidator {
  validator ??= compileSchema(schema);
  return validator;
}

/**
 * Reads one policy file: YAML with source positions, the JSON Schema, the checks a schema
 * cannot express (min <= max, patterns RE2 can run, ...), then `extends` against the caller's
 * `parents` and the shipped presets. Never throws; every problem is a diagnostic at the node
 * concerned, and an `extends` that cannot be resolved is one (`policy-extends-unknown` at
 * `extends`), never a parent silently dropped.
 */
export function loadPolicy(text: string, file = '<input>', options: LoadPolicyOptions = {}): LoadedPolicy {
  const loaded = loadDocument<PolicyDocument>(text, file, options.validator ?? policyValidator(), 'policy', options.load);
  if (!loaded.value) return { diagnostics: [...loaded.diagnostics, ...findInvisibleCharacters(loaded.parsed)], parsed: loaded.parsed };
  const diagnostics = [...loaded.diagnostics, ...checkPolicySemantics(loaded.value, loaded.parsed), ...findInvisibleCharacters(loaded.parsed)];
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics, parsed: loaded.parsed };
  const document = loaded.value;
  if (document.extends === undefined) return { policy: applyChain([document]), document, diagnostics, parsed: loaded.parsed };
  if (options.resolve === false) return { document, diagnostics, parsed: loaded.parsed };
  const resolved = resolveExtends(document, options.parents, options.presets);
  const located = resolved.diagnostics.map((d) => ({ ...d, file, range: loaded.parsed.locate(d.path) }));
  return resolved.policy ? { policy: resolved.policy, document, diagnostics: [...diagnostics, ...located], parsed: loaded.parsed } : { document, diagnostics: [...diagnostics, ...located], parsed: loaded.parsed };
}
