// The explicit file name: ajv has no exports map, and Node's ES module loader needs the extension.
import Ajv2020 from 'ajv/dist/2020.js';
import type { ErrorObject } from 'ajv';
import { AJV_OPTIONS } from './ajvOptions';

/**
 * The shape shared by ajv's run-time compiled validators and its standalone (ahead-of-time)
 * ones, so a browser build can pass a precompiled function instead (ajv docs/standalone.md).
 */
export interface SchemaValidator {
  (data: unknown): boolean;
  errors?: null | ErrorObject[];
  /** The source schema, present on run-time compiled validators. */
  schema?: unknown;
}

export type { ErrorObject as SchemaError };

/**
 * Compiles a JSON Schema (draft 2020-12) with the settings the security reference asks for
 * (item 3), as ajvOptions.js lists them.
 */
export function compileSchema(schema: object, references: readonly object[] = []): SchemaValidator {
  const ajv = new Ajv2020({ ...AJV_OPTIONS });
  for (const reference of references) ajv.addSchema(reference);
  return ajv.compile(schema) as SchemaValidator;
}
