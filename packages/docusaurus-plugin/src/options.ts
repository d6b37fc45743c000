import type { OptionValidationContext } from '@docusaurus/types';

/**
 * Options of `@stepwise/docusaurus-plugin`. Every field is optional in the site config; the
 * defaults below are resolved in one place, `validateOptions`.
 */
export interface PluginOptions {
  /** Plugin instance id (Docusaurus multi-instance support). */
  id: string;
  /** Folders (relative to the site) holding runbook YAML files. */
  runbooks: string[];
  /** Folders holding policy YAML files (not recursive: `standards/` is separate). */
  policies: string[];
  /** Folders holding standard YAML files. */
  standards: string[];
  /** JSON schemas published at stable URLs: output path (under the site) -> source file. */
  schemas: Record<string, string>;
  /** Route base paths, without slashes. */
  routes: {
    runbooks: string;
    policies: string;
    standards: string;
    audit: string;
    checker: string;
  };
  /**
   * Edit links on the generated pages point here: `<editUrl>/<path of the YAML file>`. Empty for
   * none.
   */
  editUrl: string;
  /**
   * Folder (relative to the site) of committed drift reports, `stepwise drift --format json`
   * files; the audit page shows them. A missing folder is no reports.
   */
  enforcement: string;
}

export type UserPluginOptions = Partial<Omit<PluginOptions, 'routes'>> & { routes?: Partial<PluginOptions['routes']> };

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  runbooks: ['runbooks'],
  policies: ['policy'],
  standards: ['policy/standards'],
  schemas: {
    'schemas/runbook.json': 'packages/runbook/schema/runbook.schema.json',
    'schemas/policy.json': 'packages/policy/schema/policy.schema.json',
  },
  routes: { runbooks: 'runbooks', policies: 'policies', standards: 'standards', audit: 'audit', checker: 'checker' },
  editUrl: '',
  enforcement: 'enforcement',
};

const FOLDER_KEYS = ['runbooks', 'policies', 'standards'] as const;
const ROUTE_PATTERN = /^[a-z0-9][a-z0-9/-]*$/;

/**
 * Resolves the defaults and rejects malformed options with a message that names the option.
 * Hand-written rather than Joi so that the plugin needs no extra dependency.
 */
export function validateOptions({ options }: OptionValidationContext<UserPluginOptions | undefined, PluginOptions>): PluginOptions {
  const given = options ?? {};
  const problems: string[] = [];
  const resolved: PluginOptions = {
    ...DEFAULT_OPTIONS,
    ...given,
    routes: { ...DEFAULT_OPTIONS.routes, ...given.routes },
    schemas: { ...DEFAULT_OPTIONS.schemas, ...given.schemas },
  };
  for (const key of FOLDER_KEYS) {
    const value: unknown = resolved[key];
    if (typeof value === 'string') resolved[key] = [value];
    else if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.length > 0)) {
      problems.push(`"${key}" must be a folder path or a list of folder paths`);
    }
  }
  for (const [name, route] of Object.entries(resolved.routes)) {
    if (typeof route !== 'string' || !ROUTE_PATTERN.test(route)) problems.push(`"routes.${name}" must be a path like "runbooks" (lowercase, no leading slash)`);
  }
  for (const [target, source] of Object.entries(resolved.schemas)) {
    if (typeof source !== 'string' || !/^[\w./-]+\.json$/.test(target)) problems.push(`"schemas.${target}" must map a .json output path to a source file`);
  }
  if (typeof resolved.editUrl !== 'string') problems.push('"editUrl" must be a string');
  if (typeof resolved.enforcement !== 'string' || resolved.enforcement.length === 0) problems.push('"enforcement" must be a folder path');
  if (problems.length > 0) throw new Error(`@stepwise/docusaurus-plugin: invalid options:\n- ${problems.join('\n- ')}`);
  return resolved;
}
