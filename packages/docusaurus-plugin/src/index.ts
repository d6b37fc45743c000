import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { formatFailure } from './content/formatFailure';
import { gitRevision, gitRevisions } from './content/gitRevisions';
import { loadSiteContent } from './content/loadSiteContent';
import { readDriftReports } from './content/readDriftReports';
import { readSourceFiles } from './content/readSourceFiles';
import type { SiteContent, StepwiseGlobalData } from './content/types';
import { contentFolders, validateOptions, type PluginOptions } from './options';
import { addCspMeta, cspMetaTag } from './contentSecurityPolicy';
import { addStepwiseRoutes } from './addStepwiseRoutes';
import { addInteractiveRoutes } from './interactiveRoutes';
import { CommonJsServerOutput } from './bundler/commonJsServerOutput';

export type * from './content/types';
export type { CheckerRouteProps, RunChecklistRouteProps, VerifyRouteProps } from './browser/interactiveData';
export { readSourceFiles } from './content/readSourceFiles';
export { readDriftReports } from './content/readDriftReports';
export { loadSiteContent, type SiteContentInput, type SiteContentResult } from './content/loadSiteContent';
export { contentFolders, validateOptions, DEFAULT_OPTIONS, type CspPages, type PluginOptions, type UserPluginOptions } from './options';
export { DEFAULT_CONTENT_SECURITY_POLICY, addCspMeta, cspMetaTag } from './contentSecurityPolicy';
import { getSwizzleConfig } from './getSwizzleConfig';
export { getSwizzleConfig };

const here = dirname(fileURLToPath(import.meta.url));
const requireFromPlugin = createRequire(import.meta.url);
/** The alias under which the browser modules import this instance's data files (see browser/siteData.ts). */
const DATA_ALIAS = '@stepwise/docusaurus-plugin-data';

/**
 * Runbook, policy, standard and audit pages generated from the project's YAML through the
 * engine. `loadContent` does the work (in sibling modules); `contentLoaded` only adds routes and
 * global data.
 */
export function pluginStepwise(context: LoadContext, options: PluginOptions): Plugin<SiteContent> {
  const { siteDir, generatedFilesDir } = context;
  const found = contentFolders(siteDir, options);
  const folders = [...found.runbooks, ...found.policies, ...found.standards];
  // Where createData writes this instance's files (Docusaurus: <generated>/<plugin name>/<id>/).
  const dataDir = join(generatedFilesDir, 'docusaurus-plugin-stepwise', options.id);
  const production = process.env['NODE_ENV'] === 'production';
  return {
    name: 'docusaurus-plugin-stepwise',

    // Published: dist/theme (compiled JavaScript, which Docusaurus does not need to transpile) and
    // src/theme (the TypeScript sources, for `swizzle --typescript`); here both are src/theme.
    getThemePath: () => join(here, 'theme'),
    // On every page: the colours and hidden-text rule the components need (a site that is not
    // ours has none of them), and the guard that keeps the navbar search from taking focus on its
    // own (issue 14 item 1).
    getClientModules: () => [join(here, 'browser/stepwise.css'), join(here, 'browser/searchFocusGuard')],
    getTypeScriptThemePath: () => join(here, '../src/theme'),

    // Editing any YAML file reloads `npm start`.
    getPathsToWatch: () => [...folders.map((folder) => join(resolve(siteDir, folder), '*.{yaml,yml}')), join(resolve(siteDir, options.enforcement), '**/*.json')],

    // A site whose package.json says "type": "module" (ours does) makes the generated route
    // registry an ES module, where the bundler leaves `require.resolveWeak` unrewritten and the
    // server build fails with "require.resolveWeak is not a function". The generated files are
    // CommonJS-flavoured: parse them as such.
    // For the same reason the server bundle's chunks need a CommonJS scope (see CommonJsServerOutput).
    configureWebpack: (_config, isServer) => ({
      resolve: { alias: { [DATA_ALIAS]: dataDir } },
      module: { rules: [{ test: (file: string) => file.startsWith(generatedFilesDir) && /\.js$/.test(file), type: 'javascript/auto' }] },
      plugins: isServer ? [new CommonJsServerOutput() as never] : [],
    }),

    async loadContent() {
      const { files, refused } = readSourceFiles(siteDir, folders);
      const revisions = gitRevisions(siteDir, files.map((file) => file.path));
      const result = loadSiteContent({ files, revisions, siteRevision: gitRevision(siteDir), editUrl: options.editUrl, routes: options.routes });
      if (!result.ok || refused.length > 0) {
        const report = formatFailure([...refused, ...result.diagnostics], result.sources, files.length + refused.length, Boolean(process.stderr.isTTY));
        // Printed as is (not inside a stack trace) so it reads exactly like `stepwise validate`.
        process.stderr.write(`\n${report}\n`);
        throw new Error('Stepwise content has errors (listed above); the site was not built.');
      }
      // Drift reports committed under options.enforcement (issue 16): shown on the audit page.
      const drift = readDriftReports(siteDir, options.enforcement, new Set(result.content.policies.map(({ page }) => page.policy.id)));
      for (const problem of drift.problems) process.stderr.write(`[stepwise] drift report: ${problem}\n`);
      result.content.audit.drift = drift.reports;
      return result.content;
    },

    async contentLoaded({ content, actions }) {
      // The data of an earlier build (a runbook since removed) must never be bundled: the checklist
      // loads run-<id>.json through a context import over the whole folder (issues 13 and 15). Only
      // those files go; Docusaurus keeps its own (__plugin.json) in the same folder.
      await removeStaleRunData(dataDir);
      addStepwiseRoutes(content, options, actions.addRoute);
      await addInteractiveRoutes({ content, options, actions });
      // For <RunbookSteps id/> and <PolicyRules id/> in MDX pages (see those components).
      await actions.createData('runbooks.json', JSON.stringify(Object.fromEntries(content.runbooks.map(({ page }) => [page.runbook.id, page]))));
      await actions.createData('policies.json', JSON.stringify(Object.fromEntries(content.policies.map(({ page }) => [page.policy.id, page]))));
      const globalData: StepwiseGlobalData = {
        routes: options.routes,
        runbooks: content.runbooks.map(({ summary }) => ({ id: summary.id, title: summary.title })),
        policies: content.policies.map(({ summary }) => ({ id: summary.id, title: summary.title })),
        standards: content.standards.map(({ summary }) => ({ id: summary.id, title: summary.title })),
      };
      actions.setGlobalData(globalData);
    },

    injectHtmlTags: () =>
      production && options.contentSecurityPolicy.pages === 'all' ? { headTags: [cspMetaTag(options.contentSecurityPolicy.policy)] } : {},

    async postBuild({ outDir, content }) {
      // The schemas at stable URLs, so editors can point `$schema` at the published site.
      for (const [target, source] of Object.entries(options.schemas || {})) {
        const destination = join(outDir, target);
        await mkdir(dirname(destination), { recursive: true });
        await copyFile(schemaSource(siteDir, source), destination);
      }
      if (options.contentSecurityPolicy.pages !== 'interactive' || !content) return;
      const { routes } = options;
      const pages = [`/${routes.checker}`, `/${routes.audit}/verify`, ...content.runbooks.map(({ summary }) => `/${routes.runbooks}/${summary.id}/run`)];
      for (const page of pages) {
        for (const file of [join(outDir, page, 'index.html'), join(outDir, `${page}.html`)]) {
          if (!existsSync(file)) continue;
          await writeFile(file, addCspMeta(await readFile(file, 'utf8'), options.contentSecurityPolicy.policy));
        }
      }
    },
  };
}

async function removeStaleRunData(dataDir: string): Promise<void> {
  if (!existsSync(dataDir)) return;
  for (const name of await readdir(dataDir)) if (/^run-.*\.json$/.test(name)) await rm(join(dataDir, name), { force: true });
}

/** A schema source: a path relative to the site, or a package specifier resolved from the plugin. */
function schemaSource(siteDir: string, source: string): string {
  if (source.startsWith('.') || isAbsolute(source)) return resolve(siteDir, source);
  try {
    return requireFromPlugin.resolve(source);
  } catch {
    return resolve(siteDir, source);
  }
}

pluginStepwise.validateOptions = validateOptions;
pluginStepwise.getSwizzleConfig = getSwizzleConfig;

export default pluginStepwise;
