/**
 * The content security policy of this site: the one @stepwise/docusaurus-plugin offers (see
 * packages/docusaurus-plugin/src/contentSecurityPolicy.ts for each directive's reason), which this
 * site applies to every page (`contentSecurityPolicy: { pages: 'all' }` in siteConfig.ts).
 */
export { DEFAULT_CONTENT_SECURITY_POLICY as CONTENT_SECURITY_POLICY } from '@stepwise/docusaurus-plugin';
