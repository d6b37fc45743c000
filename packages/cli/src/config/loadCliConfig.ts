import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { compileSchema, loadDocument, type Diagnostic, type SchemaValidator } from '@stepwise/core';
import schema from '../../schema/config.schema.json';
import { UsageError } from '../io';
import { CONFIG_FILE_NAMES, DEFAULT_CLI_CONFIG, type CliConfig, type CliConfigFile } from './cliConfig';

let validator: SchemaValidator | undefined;

/**
 * Reads the config file (`--config <file>`, else the first of CONFIG_FILE_NAMES in `cwd`) and
 * defaults what it leaves out. No file means the defaults. An invalid file is a usage error
 * (exit 2) listing each problem with file:line:col, as `validate` reports them.
 */
export function loadCliConfig(cwd: string, explicit?: string): CliConfig {
  const path = explicit !== undefined ? resolve(cwd, explicit) : CONFIG_FILE_NAMES.map((name) => join(cwd, name)).find((p) => existsSync(p));
  if (path === undefined) return DEFAULT_CLI_CONFIG;
  const shown = relative(cwd, path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the config file "${shown}": ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  validator ??= compileSchema(schema);
  const loaded = loadDocument<CliConfigFile>(text, shown, validator, 'config');
  if (!loaded.value) throw new UsageError(`invalid config file:\n${loaded.diagnostics.map(describe).join('')}`);
  const base = dirname(path);
  const paths = (list: string[] | undefined, fallback: string[]) => (list ?? fallback).map((p) => relative(cwd, isAbsolute(p) ? p : join(base, p)) || '.');
  const file = loaded.value;
  return {
    file: shown,
    runbooks: paths(file.runbooks, DEFAULT_CLI_CONFIG.runbooks),
    policies: paths(file.policies, DEFAULT_CLI_CONFIG.policies),
    standards: paths(file.standards, DEFAULT_CLI_CONFIG.standards),
    validate: file.validate ?? {},
  };
}

function describe(d: Diagnostic): string {
  return `  ${d.file}:${d.range.start.line}:${d.range.start.column}: ${d.severity} ${d.code}: ${d.message}${d.hint ? ` ${d.hint}` : ''}\n`;
}
