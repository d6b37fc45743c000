import policies from '@stepwise/docusaurus-plugin-data/policies.json';
import runbooks from '@stepwise/docusaurus-plugin-data/runbooks.json';
import type { PolicyPageData, RunbookPageData } from '../content/types';

/**
 * The pages' data by id, for <RunbookSteps id/> and <PolicyRules id/> in MDX. Written by the
 * plugin's contentLoaded (createData) into its instance's data folder, which the plugin's webpack
 * alias `@stepwise/docusaurus-plugin-data` names (so an `id` other than "default" works).
 */
export const siteData = {
  runbooks: runbooks as Record<string, RunbookPageData>,
  policies: policies as Record<string, PolicyPageData>,
};
