import type { Severity } from '@stepwise/core';

/** stepwise.config.{yaml,yml,json} as written (schema/config.schema.json). */
export interface CliConfigFile {
  runbooks?: string[];
  policies?: string[];
  standards?: string[];
  validate?: { failSeverity?: Severity; maxWarnings?: number; format?: string };
}

/** The configuration in force: every field defaulted, paths relative to the current folder. */
export interface CliConfig {
  /** The config file read, relative to the current folder; absent when defaults apply. */
  file?: string;
  runbooks: string[];
  policies: string[];
  standards: string[];
  validate: { failSeverity?: Severity; maxWarnings?: number; format?: string };
}

/** The layout of this repository, and of `stepwise` before config files existed. */
export const DEFAULT_CLI_CONFIG: CliConfig = { runbooks: ['runbooks'], policies: ['policy'], standards: [], validate: {} };

/** Names looked for in the current folder, in this order; the first found is read. */
export const CONFIG_FILE_NAMES = ['stepwise.config.yaml', 'stepwise.config.yml', 'stepwise.config.json'] as const;

/** The folders every command loads as context (policies for extends, standards for clauses). */
export function contextPaths(config: CliConfig): string[] {
  return [...config.policies, ...config.standards];
}
