/** Data files written by `interactiveRoutes`, as the browser modules import them. */
declare module '@generated/docusaurus-plugin-stepwise/default/checker-policies.json' {
  const data: import('./interactiveData').CheckerData;
  export default data;
}
