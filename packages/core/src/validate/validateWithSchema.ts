import type { Diagnostic, NodePath } from '../diagnostic';
import { problemsCapped } from '../diagnosticCap';
import { DEFAULT_LOAD_OPTIONS } from '../options';
import type { ParsedYaml, RangeTarget } from '../load/parseYaml';
import { closestMatch } from './closestMatch';
import type { SchemaCode } from './codes';
import type { SchemaError, SchemaValidator } from './compileSchema';

/**
 * Validates a parsed document and translates each schema error into a diagnostic at the exact
 * node: the key for an unknown key, the value for a bad value, the parent mapping for a missing
 * key (after Spectral's `convertAjvErrors` + `getRangeForJsonPath`).
 *
 * At most `maxDiagnostics` are reported, and only those are located in the source (locating
 * composes the positioned document); the rest become one "and N more" diagnostic (issue 15,
 * item 3).
 */
export function validateWithSchema(parsed: ParsedYaml, validator: SchemaValidator, subject = 'document', maxDiagnostics = DEFAULT_LOAD_OPTIONS.maxDiagnostics): Diagnostic<SchemaCode>[] {
  if (validator(parsed.value)) return [];
  const seen = new Set<string>();
  // Only the reported ones are kept; the rest are counted (after the same de-duplication), so a
  // file of 75,000 problems does not hold 75,000 translated diagnostics.
  const kept: Translated[] = [];
  let omitted = 0;
  let firstOmitted: Translated | undefined;
  for (const error of validator.errors ?? []) {
    // `if` only says that a `then` failed; the `then` error is reported on its own.
    if (error.keyword === 'if') continue;
    const translated = translate(error, parsed.value, subject, validator.schema);
    const key = `${translated.code}\u0000${translated.path.join('\u0000')}\u0000${translated.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (kept.length < maxDiagnostics) kept.push(translated);
    else {
      omitted++;
      firstOmitted ??= translated;
    }
  }
  const out: Diagnostic<SchemaCode>[] = kept.map((translated) => ({
    code: translated.code,
    severity: 'error',
    message: translated.message,
    file: parsed.file,
    range: parsed.locate(translated.path, translated.target),
    path: translated.path,
    ...hintOf(translated),
  }));
  if (firstOmitted) {
    out.push(problemsCapped(Array.from({ length: omitted }, () => ({ severity: 'error' as const })), maxDiagnostics, parsed.file, parsed.locate(firstOmitted.path, firstOmitted.target)));
  }
  return out;
}

interface Translated {
  code: SchemaCode;
  message: string;
  path: NodePath;
  target: RangeTarget;
  /** A text, or a function computing it (a closest-match search) only for diagnostics reported. */
  hint?: string | (() => string | undefined);
}

function hintOf(translated: Translated): { hint?: string } {
  const hint = typeof translated.hint === 'function' ? translated.hint() : translated.hint;
  return hint ? { hint } : {};
}

function translate(error: SchemaError, root: unknown, subject: string, rootSchema: unknown): Translated {
  const path = pointerToPath(error.instancePath, root);
  const where = describe(path, subject);
  const parent = (error.parentSchema ?? {}) as SchemaNode;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(params.additionalProperty ?? params.unevaluatedProperty);
      return {
        code: 'schema-unknown-key',
        message: `Unknown key "${key}" in ${where}.`,
        path: [...path, key],
        target: 'key',
        hint: () => {
          const known = knownKeys(parent, rootSchema);
          const suggestion = closestMatch(key, known);
          return suggestion ? `Did you mean "${suggestion}"?` : known.length > 0 ? `Allowed keys: ${known.join(', ')}.` : undefined;
        },
      };
    }
    case 'required':
      return { code: 'schema-missing-key', message: `Missing required key "${String(params.missingProperty)}" in ${where}.`, path, target: 'key' };
    case 'type':
      return { code: 'schema-type', message: `Expected ${article(String(params.type))} in ${where}, found ${typeName(error.data)}.`, path, target: 'value', hint: hintFrom(parent) };
    case 'enum':
    case 'const': {
      const allowed = (error.keyword === 'enum' ? (params.allowedValues as unknown[]) : [params.allowedValue]).map(String);
      const data = error.data;
      return {
        code: 'schema-enum',
        message: `${JSON.stringify(error.data)} is not allowed in ${where}; expected ${allowed.length === 1 ? JSON.stringify(allowed[0]) : `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`}.`,
        path,
        target: 'value',
        hint: () => {
          const suggestion = typeof data === 'string' ? closestMatch(data, allowed) : undefined;
          return suggestion && suggestion !== data ? `Did you mean "${suggestion}"?` : undefined;
        },
      };
    }
    case 'pattern':
      return { code: 'schema-pattern', message: `${JSON.stringify(error.data)} has the wrong form for ${where}.`, path, target: 'value', hint: hintFrom(parent) ?? `It must match ${String(params.pattern)}.` };
    case 'minLength':
    case 'maxLength':
    case 'minItems':
    case 'maxItems':
    case 'minProperties':
    case 'maxProperties': {
      const limit = Number(params.limit);
      const unit = error.keyword.endsWith('Length') ? 'character' : error.keyword.endsWith('Items') ? 'item' : 'key';
      const bound = error.keyword.startsWith('min') ? 'at least' : 'at most';
      return { code: 'schema-length', message: `${capitalise(where)} must have ${bound} ${limit} ${unit}${limit === 1 ? '' : 's'}.`, path, target: 'value', hint: hintFrom(parent) };
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { code: 'schema-range', message: `${JSON.stringify(error.data)} in ${where} must be ${String(params.comparison)} ${String(params.limit)}.`, path, target: 'value', hint: hintFrom(parent) };
    case 'uniqueItems':
      return { code: 'schema-unique', message: `${capitalise(where)} repeats an item (items ${String(params.j)} and ${String(params.i)} are equal).`, path, target: 'value' };
    default:
      return { code: 'schema-invalid', message: `${capitalise(where)} ${error.message ?? 'is invalid'}.`, path, target: 'value', hint: hintFrom(parent) };
  }
}

interface SchemaNode {
  description?: string;
  properties?: Record<string, unknown>;
  $ref?: string;
}

/** Keys a mapping may hold: its own properties and those of a local `$ref` it extends. */
function knownKeys(schema: SchemaNode, rootSchema: unknown): string[] {
  const keys = new Set(Object.keys(schema.properties ?? {}));
  if (typeof schema.$ref === 'string' && schema.$ref.startsWith('#/') && rootSchema && typeof rootSchema === 'object') {
    let target: unknown = rootSchema;
    for (const part of schema.$ref.slice(2).split('/')) target = target && typeof target === 'object' ? (target as Record<string, unknown>)[part] : undefined;
    for (const key of Object.keys((target as SchemaNode | undefined)?.properties ?? {})) keys.add(key);
  }
  return [...keys];
}

/** JSON pointer -> path; numeric segments become numbers where the value there is an array. */
function pointerToPath(pointer: string, root: unknown): (string | number)[] {
  if (pointer === '') return [];
  const path: (string | number)[] = [];
  let value: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value) && /^\d+$/.test(segment)) {
      const index = Number(segment);
      path.push(index);
      value = value[index];
    } else {
      path.push(segment);
      value = value !== null && typeof value === 'object' && Object.hasOwn(value, segment) ? (value as Record<string, unknown>)[segment] : undefined;
    }
  }
  return path;
}

function describe(path: NodePath, subject: string): string {
  if (path.length === 0) return `the ${subject}`;
  return `"${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}"`;
}

function hintFrom(schema: { description?: string }): string | undefined {
  return typeof schema.description === 'string' ? schema.description : undefined;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  return `${typeof value} ${String(value)}`;
}

function article(type: string): string {
  const names: Record<string, string> = { object: 'a mapping', array: 'a list', string: 'a string', integer: 'an integer', number: 'a number', boolean: 'a boolean (true or false)', null: 'null' };
  return type.split(',').map((t) => names[t] ?? t).join(' or ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
