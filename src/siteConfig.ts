import type { Config } from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import { darkCodeTheme, lightCodeTheme } from './prismThemes';
import type { UserPluginOptions } from '@stepwise/docusaurus-plugin';

/** Where edit links point; override for a fork or a mirror. */
const REPOSITORY = process.env['STEPWISE_REPOSITORY_URL'] ?? 'https://github.com/stepwise-dev/stepwise';
const EDIT_URL = `${REPOSITORY}/edit/main`;

/** The Stepwise content the plugin publishes; tests and benchmarks swap the folders. */
const stepwiseOptions: UserPluginOptions = {
  runbooks: ['runbooks'],
  policies: ['policy'],
  standards: ['policy/standards'],
  editUrl: EDIT_URL,
};

/**
 * Every page, not only the interactive ones (the plugin's default), whatever the content folders:
 * nothing on this site needs eval or outside connections. The plugin adds it to production builds
 * only (the dev server's hot reloading evaluates code).
 */
const SITE_CSP: UserPluginOptions = { contentSecurityPolicy: { pages: 'all' } };

/**
 * The site's configuration, with the Stepwise content folders as a parameter: tests and benchmarks
 * build the same site from other folders (`docusaurus build --config <file that calls this>`).
 */
export function createConfig(stepwise: UserPluginOptions = stepwiseOptions): Config {
  return {
    title: 'Stepwise',
    tagline: 'Runbooks and password policies as code, checked by one engine',
    favicon: 'img/favicon.svg',
    url: 'https://stepwise.dev',
    baseUrl: '/',
    trailingSlash: undefined,
    onBrokenLinks: 'throw',
    onBrokenAnchors: 'throw',
    markdown: { hooks: { onBrokenMarkdownLinks: 'throw' } },
    i18n: { defaultLocale: 'en', locales: ['en'] },

    future: {
      v4: true,
      // Every Docusaurus Faster flag but rspack's persistent cache. Measured here (2 cores, the site
      // with 200 generated runbooks): bundling took 15.3 s on a cold cache, which also writes about
      // 90 MB to node_modules/.cache per config, 13.2 s on a warm one, and 11.2 s without it.
      faster: {
        swcJsLoader: true,
        swcJsMinimizer: true,
        swcHtmlMinimizer: true,
        lightningCssMinimizer: true,
        mdxCrossCompilerCache: true,
        rspackBundler: true,
        rspackPersistentCache: false,
        ssgWorkerThreads: true,
        gitEagerVcs: true,
      },
    },

    presets: [
      [
        'classic',
        {
          docs: {
            path: 'docs',
            routeBasePath: 'docs',
            sidebarPath: './sidebars.ts',
            editUrl: EDIT_URL,
            showLastUpdateTime: true,
            showLastUpdateAuthor: true,
          },
          blog: false,
          theme: { customCss: './src/css/custom.css' },
        } satisfies Preset.Options,
      ],
    ],

    plugins: [['@stepwise/docusaurus-plugin', { ...SITE_CSP, ...stepwise }]],

    themes: [
      [
        '@easyops-cn/docusaurus-search-local',
        {
          hashed: true,
          language: ['en'],
          indexDocs: true,
          indexBlog: false,
          // The generated runbook, policy, standard and audit pages are "pages" to the indexer.
          indexPages: true,
          docsRouteBasePath: 'docs',
          // Interactive pages (checklist runs, record verification, the checker) and the audit
          // matrices repeat what the runbook, policy and standard pages hold: indexing them once
          // keeps results precise and the index small (the audit page grows with every step).
          ignoreFiles: [/\/run$/, /^audit(\/verify)?$/, /^checker$/],
          highlightSearchTermsOnTargetPage: true,
          explicitSearchResultPath: true,
        },
      ],
    ],

    themeConfig: {
      colorMode: { defaultMode: 'light', respectPrefersColorScheme: true },
      navbar: {
        title: 'Stepwise',
        logo: { alt: 'Stepwise', src: 'img/logo.svg' },
        items: [
          { to: '/runbooks/', label: 'Runbooks', position: 'left' },
          { to: '/policies/', label: 'Policies', position: 'left' },
          { to: '/standards/', label: 'Standards', position: 'left' },
          { to: '/audit', label: 'Audit', position: 'left' },
          { to: '/checker', label: 'Checker', position: 'left' },
          { type: 'docSidebar', sidebarId: 'docs', label: 'Docs', position: 'left' },
          { href: REPOSITORY, label: 'Source', position: 'right' },
        ],
      },
      footer: {
        style: 'dark',
        links: [
          {
            title: 'Use',
            items: [
              { label: 'Runbooks', to: '/runbooks/' },
              { label: 'Password checker', to: '/checker' },
              { label: 'For IT staff', to: '/docs/it-staff/' },
            ],
          },
          {
            title: 'Audit',
            items: [
              { label: 'Audit view', to: '/audit' },
              { label: 'Standards', to: '/standards/' },
              { label: 'For auditors', to: '/docs/auditors/' },
            ],
          },
          {
            title: 'Build',
            items: [
              { label: 'CLI reference', to: '/docs/cli' },
              { label: 'Runbook schema', href: 'pathname:///schemas/runbook.json' },
              { label: 'Policy schema', href: 'pathname:///schemas/policy.json' },
            ],
          },
        ],
        copyright: `Stepwise · MIT licence · generated from YAML checked by the Stepwise engine`,
      },
      prism: {
        theme: lightCodeTheme,
        darkTheme: darkCodeTheme,
        additionalLanguages: ['powershell', 'bash', 'batch', 'ini'],
      },
    } satisfies Preset.ThemeConfig,
  };
}
