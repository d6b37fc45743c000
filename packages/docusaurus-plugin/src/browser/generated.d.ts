/**
 * Data files written by the plugin's contentLoaded (createData) into its instance's data folder,
 * as the browser modules import them through the `@stepwise/docusaurus-plugin-data` alias.
 */
declare module '@stepwise/docusaurus-plugin-data/checker-policies.json' {
  const data: import('./interactiveData').CheckerData;
  export default data;
}
declare module '@stepwise/docusaurus-plugin-data/policies.json' {
  const data: Record<string, import('../content/types').PolicyPageData>;
  export default data;
}
declare module '@stepwise/docusaurus-plugin-data/runbooks.json' {
  const data: Record<string, import('../content/types').RunbookPageData>;
  export default data;
}
declare module '@stepwise/docusaurus-plugin-data/*' {
  const data: unknown;
  export default data;
}
