import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OptionValidationContext } from '@docusaurus/types';
import { Joi } from '@docusaurus/utils-validation';
import { DEFAULT_CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';

/** Which built pages carry the content security policy as a `<meta http-equiv>`. */
export type CspPages = 'interactive' | 'all' | 'none';

/**
 * Options of `@stepwise/docusaurus-plugin`. Every field is optional in the site config; the
 * defaults are resolved in one place, `validateOptions` (with Joi, as the official plugins do).
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
  /**
   * JSON schemas published at stable URLs: output path (under the site) -> source. A source is a
   * package specifier (`@stepwise/policy/schema.json`) or a path relative to the site. `false`
   * publishes none.
   */
  schemas: Record<string, string> | false;
  /** Route base paths, without slashes. */
  routes: {
    runbooks: string;
    policies: string;
    standards: string;
    audit: string;
    checker: string;
  };
  /** Edit links on the generated pages point here: `<editUrl>/<path of the YAML file>`. Empty for none. */
  editUrl: string;
  /**
   * Folder (relative to the site) of committed drift reports, `stepwise drift --format json`
   * files; the audit page shows them. A missing folder is no reports.
   */
  enforcement: string;
  /**
   * The content security policy of the built pages (a `<meta http-equiv>`, so any static host
   * applies it). `interactive` (default): the checker, checklist and verify pages, where passwords
   * and run records are typed; `all`: every page of the site; `none`: leave it to the site.
   */
  contentSecurityPolicy: { pages: CspPages; policy: string };
}

export type UserPluginOptions = Partial<Omit<PluginOptions, 'routes' | 'contentSecurityPolicy' | 'runbooks' | 'policies' | 'standards'>> & {
  runbooks?: string | string[];
  policies?: string | string[];
  standards?: string | string[];
  routes?: Partial<PluginOptions['routes']>;
  contentSecurityPolicy?: Partial<PluginOptions['contentSecurityPolicy']>;
};

export const DEFAULT_OPTIONS: PluginOptions = {
  id: 'default',
  runbooks: ['runbooks'],
  policies: ['policy'],
  standards: ['policy/standards'],
  schemas: {
    'schemas/runbook.json': '@stepwise/runbook/schema.json',
    'schemas/policy.json': '@stepwise/policy/schema.json',
    'schemas/standard.json': '@stepwise/policy/standard.schema.json',
    'schemas/config.json': '@stepwise/cli/config.schema.json',
  },
  routes: { runbooks: 'runbooks', policies: 'policies', standards: 'standards', audit: 'audit', checker: 'checker' },
  editUrl: '',
  enforcement: 'enforcement',
  contentSecurityPolicy: { pages: 'interactive', policy: DEFAULT_CONTENT_SECURITY_POLICY },
};

const FOLDER_KEYS = ['runbooks', 'policies', 'standards'] as const;
const folders = () =>
  Joi.array()
    .items(Joi.string().min(1))
    .single()
    .messages({ 'array.base': '{{#label}} must be a folder path or a list of folder paths' });
const route = (name: keyof PluginOptions['routes']) =>
  Joi.string()
    .pattern(/^[a-z0-9][a-z0-9/-]*$/)
    .default(DEFAULT_OPTIONS.routes[name])
    .messages({ 'string.pattern.base': '{{#label}} must be a path like "runbooks" (lowercase, no leading slash)' });

/** Unknown keys are errors (Joi's default for objects): `{ runbook: [...] }` is not silently ignored. */
const OPTIONS_SCHEMA = Joi.object<PluginOptions>({
  runbooks: folders().default(DEFAULT_OPTIONS.runbooks),
  policies: folders().default(DEFAULT_OPTIONS.policies),
  standards: folders().default(DEFAULT_OPTIONS.standards),
  schemas: Joi.alternatives()
    .try(Joi.boolean().valid(false), Joi.object().pattern(/^[\w./-]+\.json$/, Joi.string().min(1)))
    .default(DEFAULT_OPTIONS.schemas)
    .messages({ 'alternatives.match': '{{#label}} must be false or map .json output paths to schema sources' }),
  routes: Joi.object({
    runbooks: route('runbooks'),
    policies: route('policies'),
    standards: route('standards'),
    audit: route('audit'),
    checker: route('checker'),
  }).default(),
  editUrl: Joi.string().allow('').default(''),
  enforcement: Joi.string().min(1).default('enforcement'),
  contentSecurityPolicy: Joi.object({
    pages: Joi.string().valid('interactive', 'all', 'none').default('interactive'),
    policy: Joi.string().min(1).default(DEFAULT_CONTENT_SECURITY_POLICY),
  }).default(),
});

/** Resolves the defaults and rejects malformed or unknown options with a message naming the option. */
export function validateOptions({ validate, options }: OptionValidationContext<UserPluginOptions | undefined, PluginOptions>): PluginOptions {
  return validate(OPTIONS_SCHEMA, options ?? {});
}

/**
 * The content folders that exist. A folder the site named that does not exist is an error naming
 * the option; a default folder that does not exist is skipped, so a site with only runbooks needs
 * no empty policy/ folder (the shipped presets fill in).
 */
export function contentFolders(siteDir: string, options: PluginOptions): Record<(typeof FOLDER_KEYS)[number], string[]> {
  const problems: string[] = [];
  const found = Object.fromEntries(
    FOLDER_KEYS.map((key) => {
      const isDefault = JSON.stringify(options[key]) === JSON.stringify(DEFAULT_OPTIONS[key]);
      const present = options[key].filter((folder) => {
        const path = resolve(siteDir, folder);
        const ok = existsSync(path) && statSync(path).isDirectory();
        if (!ok && !isDefault) problems.push(`"${key}": the folder "${folder}" does not exist in ${siteDir}.`);
        return ok;
      });
      return [key, present];
    }),
  ) as Record<(typeof FOLDER_KEYS)[number], string[]>;
  if (problems.length > 0) throw new Error(`@stepwise/docusaurus-plugin: invalid options:\n- ${problems.join('\n- ')}`);
  return found;
}
