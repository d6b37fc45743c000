import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { formatFailure } from './content/formatFailure';
import { gitRevision, gitRevisions } from './content/gitRevisions';
import { loadSiteContent } from './content/loadSiteContent';
import { readDriftReports } from './content/readDriftReports';
import { readSourceFiles } from './content/readSourceFiles';
import type { SiteContent, StepwiseGlobalData } from './content/types';
import { validateOptions, type PluginOptions } from './options';
import { addStepwiseRoutes } from './addStepwiseRoutes';
import { addInteractiveRoutes } from './interactiveRoutes';
import { CommonJsServerOutput } from './bundler/commonJsServerOutput';

export type * from './content/types';
export type { CheckerRouteProps, RunChecklistRouteProps, VerifyRouteProps } from './browser/interactiveData';
export { readSourceFiles } from './content/readSourceFiles';
export { readDriftReports } from './content/readDriftReports';
export { loadSiteContent, type SiteContentInput, type SiteContentResult } from './content/loadSiteContent';
export { validateOptions, DEFAULT_OPTIONS, type PluginOptions, type UserPluginOptions } from './options';

const here = dirname(fileURLToPath(import.meta.url));

/**
 * Runbook, policy, standard and audit pages generated from the project's YAML through the
 * engine. `loadContent` does the work (in sibling modules); `contentLoaded` only adds routes and
 * global data.
 */
export function pluginStepwise(context: LoadContext, options: PluginOptions): Plugin<SiteContent> {
  const { siteDir, generatedFilesDir } = context;
  const folders = [...options.runbooks, ...options.policies, ...options.standards];
  return {
    name: 'docusaurus-plugin-stepwise',

    getThemePath: () => join(here, 'theme'),
    // Runs on every page: keeps the navbar search from taking focus on its own (issue 14 item 1).
    getClientModules: () => [join(here, 'browser/searchFocusGuard')],
    getTypeScriptThemePath: () => join(here, 'theme'),

    // Editing any YAML file reloads `npm start`.
    getPathsToWatch: () => [...folders.map((folder) => join(resolve(siteDir, folder), '*.{yaml,yml}')), join(resolve(siteDir, options.enforcement), '**/*.json')],

    // A site whose package.json says "type": "module" (ours does) makes the generated route
    // registry an ES module, where the bundler leaves `require.resolveWeak` unrewritten and the
    // server build fails with "require.resolveWeak is not a function". The generated files are
    // CommonJS-flavoured: parse them as such.
    // For the same reason the server bundle's chunks need a CommonJS scope (see CommonJsServerOutput).
    configureWebpack: (_config, isServer) => ({
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

    // The schemas at stable URLs, so editors can point `$schema` at the published site.
    async postBuild({ outDir }) {
      for (const [target, source] of Object.entries(options.schemas)) {
        const destination = join(outDir, target);
        await mkdir(dirname(destination), { recursive: true });
        await copyFile(resolve(siteDir, source), destination);
      }
    },
  };
}

pluginStepwise.validateOptions = validateOptions;

export default pluginStepwise;
