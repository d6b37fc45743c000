/**
 * Issue 13, item 3: the plugin in a Docusaurus site that is not this repository. A fresh site from
 * `create-docusaurus` (classic, TypeScript) gets the packed tarballs with the registry reachable,
 * one line of config (an instance `id` other than "default", its own runbook and policy folders),
 * and one component swizzled each way; it builds, type-checks, and its checker and checklist work
 * in Chromium. Slow (the install takes about 2 minutes): one file, one install for every case.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { launchBrowser, serveStatic, type Browser, type StaticServer } from '../helpers/browser';

const repo = join(import.meta.dirname, '../..');
const env = { ...process.env, DOCUSAURUS_TELEMETRY: '0', NODE_ENV: undefined } as NodeJS.ProcessEnv;
let work: string;
let site: string;
let build: { status: number | null; output: string };

const RUNBOOK = `# yaml-language-server: $schema=https://stepwise.dev/schemas/runbook.json
id: rotate-service-password
title: Rotate a service account password
version: 1.0.0
summary: Set a new password for a service account and update the one service that uses it.
owner:
  team: Platform
roles:
  - id: operator
    title: Operator
policy: acme-service
steps:
  - id: generate
    title: Generate the new password
    role: operator
    body: Generate a password that meets the policy, in the password manager.
  - id: update
    title: Update the service
    role: operator
    body: Store the new password in the service's configuration and restart it.
    checks:
      - id: restarted
        text: The service restarted and answers
`;
const POLICY = `# yaml-language-server: $schema=https://stepwise.dev/schemas/policy.json
id: acme-service
title: Acme service accounts
version: 1.0.0
summary: Service accounts, on top of the NIST single-factor baseline, longer.
extends: nist-800-63b-4-single-factor
rules:
  length: {min: 20}
`;

function run(command: string, args: string[], cwd: string, timeout = 600_000) {
  const result = spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'stepwise-site-test-'));
  const tarballs = execFileSync(process.execPath, [join(repo, 'scripts/pack.mjs'), join(work, 'tarballs')], { encoding: 'utf8' }).trim().split('\n');
  execFileSync('npx', ['--yes', 'create-docusaurus@3.10.2', 'site', 'classic', '--typescript', '--skip-install'], { cwd: work, env, stdio: 'pipe' });
  site = join(work, 'site');
  // The internal packages are not on the registry yet: the tarballs go in with the plugin's.
  execFileSync('npm', ['install', '--no-audit', '--no-fund', ...tarballs], { cwd: site, env, stdio: 'pipe' });

  // The one line of config, with an instance id and folders of the site's own.
  const configFile = join(site, 'docusaurus.config.ts');
  const config = readFileSync(configFile, 'utf8');
  writeFileSync(configFile, config.replace(/\n  presets: \[/, "\n  plugins: [['@stepwise/docusaurus-plugin', { id: 'ops', runbooks: 'ops/runbooks', policies: 'ops/policy', standards: [] }]],\n  presets: ["));
  mkdirSync(join(site, 'ops/runbooks'), { recursive: true });
  mkdirSync(join(site, 'ops/policy'), { recursive: true });
  writeFileSync(join(site, 'ops/runbooks/rotate-service-password.yaml'), RUNBOOK);
  writeFileSync(join(site, 'ops/policy/acme-service.yaml'), POLICY);
  writeFileSync(join(site, 'src/pages/ops.mdx'), "import RunbookSteps from '@theme/RunbookSteps';\n\n# Ops\n\n<RunbookSteps id=\"rotate-service-password\" />\n");
  // Types of the plugin's @theme/... modules, as its README says.
  const tsconfigFile = join(site, 'tsconfig.json');
  const tsconfig = JSON.parse(readFileSync(tsconfigFile, 'utf8').replace(/\/\/.*$/gm, '')) as { compilerOptions?: Record<string, unknown> };
  tsconfig.compilerOptions = { ...tsconfig.compilerOptions, types: ['@stepwise/docusaurus-plugin'] };
  writeFileSync(tsconfigFile, JSON.stringify(tsconfig, null, 2));

  const swizzle = (args: string[]) => execFileSync('npx', ['docusaurus', 'swizzle', '@stepwise/docusaurus-plugin', ...args], { cwd: site, env, stdio: 'pipe' });
  swizzle(['RunbookPage', '--wrap', '--typescript']);
  swizzle(['CheckerPage', '--eject', '--typescript']);
  swizzle(['StepCard', '--eject', '--javascript']);
  // Data left by an earlier build (a runbook since removed) must not survive into this one.
  mkdirSync(join(site, '.docusaurus/docusaurus-plugin-stepwise/ops'), { recursive: true });
  writeFileSync(join(site, '.docusaurus/docusaurus-plugin-stepwise/ops/run-removed-runbook.json'), '{"stale":true}');
  build = run('npx', ['docusaurus', 'build'], site);
}, 900_000);

afterAll(() => {
  if (work && !process.env['STEPWISE_KEEP_SITE']) rmSync(work, { recursive: true, force: true });
});

describe('a fresh create-docusaurus site with the plugin', () => {
  it('swizzles: a wrapper, an ejected TypeScript component and an ejected JavaScript one', () => {
    expect(readdirSync(join(site, 'src/theme/RunbookPage'))).toContain('index.tsx');
    expect(readdirSync(join(site, 'src/theme/CheckerPage')).sort()).toEqual(['index.tsx', 'styles.module.css']);
    expect(readdirSync(join(site, 'src/theme/StepCard'))).toContain('index.js');
    // The ejected copy reaches nothing private of the package.
    expect(readFileSync(join(site, 'src/theme/CheckerPage/index.tsx'), 'utf8')).not.toMatch(/from '\.\.\/\.\./);
  });

  it('lists the safe components with descriptions', () => {
    const listed = run('npx', ['docusaurus', 'swizzle', '@stepwise/docusaurus-plugin', '--list', '--typescript'], site);
    // eslint-disable-next-line no-control-regex
    const table = listed.output.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
    expect(table).toMatch(/RunbookPage\W+Safe\W+Safe\W+The page of one runbook/);
    expect(table).toMatch(/CheckerPage\W+Safe\W+Safe/);
  }, 180_000);

  it('builds, with every page from its own folders and the shipped presets', () => {
    expect(build.output).not.toMatch(/Module parse failed|Can't resolve|ENOENT/);
    expect(build.status).toBe(0);
    const out = join(site, 'build');
    for (const page of ['runbooks/rotate-service-password', 'runbooks/rotate-service-password/run', 'policies/acme-service', 'policies/entra-default', 'standards/nist-800-63b-4', 'audit', 'checker', 'ops']) {
      expect(existsSync(join(out, page, 'index.html')) || existsSync(join(out, `${page}.html`)), page).toBe(true);
    }
    for (const schema of ['runbook', 'policy', 'standard']) expect(JSON.parse(readFileSync(join(out, `schemas/${schema}.json`), 'utf8')).$id).toBe(`https://stepwise.dev/schemas/${schema}.json`);
  });

  it('writes the data of its instance id only, and none left from an earlier build', () => {
    const data = join(site, '.docusaurus/docusaurus-plugin-stepwise');
    expect(readdirSync(data).filter((name) => !name.startsWith('_'))).toEqual(['ops']);
    const files = readdirSync(join(data, 'ops'));
    expect(files).toContain('run-rotate-service-password.json');
    expect(files).not.toContain('run-removed-runbook.json');
  });

  it('puts the content security policy on the interactive pages only, by default', () => {
    const head = (page: string) => readFileSync(join(site, 'build', page, 'index.html'), 'utf8').split('</head>')[0]!;
    expect(head('checker')).toMatch(/http-equiv="?Content-Security-Policy/);
    expect(head('runbooks/rotate-service-password/run')).toMatch(/http-equiv="?Content-Security-Policy/);
    expect(head('runbooks/rotate-service-password')).not.toMatch(/Content-Security-Policy/);
  });

  it('type-checks, swizzled components included', () => {
    const checked = run('npx', ['tsc', '--noEmit'], site);
    expect(checked.output.trim()).toBe('');
    expect(checked.status).toBe(0);
  }, 180_000);

  it('rejects an unknown option naming it', () => {
    const configFile = join(site, 'docusaurus.config.ts');
    const config = readFileSync(configFile, 'utf8');
    writeFileSync(configFile, config.replace("runbooks: 'ops/runbooks'", "runbook: 'ops/runbooks'"));
    const failed = run('npx', ['docusaurus', 'build', '--out-dir', 'build-bad'], site);
    writeFileSync(configFile, config);
    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('"runbook" is not allowed');
  }, 180_000);
});

describe('the built site in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(join(site, 'build'));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('the checker judges a password against the site policy, under its content security policy', async () => {
    const page = await browser.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused|Error/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(String(e)));
    await page.goto(`${server.url}/checker`);
    const field = page.getByTestId('checker-password');
    await field.fill('Tr0ub4dor&3');
    await expect.poll(() => page.getByTestId('checker-verdict').first().getAttribute('data-verdict'), { timeout: 20_000 }).toBe('fail');
    expect(problems).toEqual([]);
  }, 180_000);

  // The site has none of our CSS: what the components need comes with the plugin (its client
  // stylesheet), or screen-reader text shows on screen and badges have no colour.
  it("the plugin's pages pass axe-core and hide their screen-reader text, with only the plugin's styles", async () => {
    const page = await browser.context.newPage();
    const found: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      for (const path of ['/runbooks/rotate-service-password', '/policies/acme-service', '/standards/nist-800-63b-4', '/audit', '/checker']) {
        await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
        // Links take the site's own colour: the template's green (#2e8555) is 4.2:1 on Infima's
        // table stripes, in the site's own Markdown tables too. That is the site's theme to
        // choose; every other colour on these pages is the plugin's.
        const link = await page.evaluate(() => {
          const probe = document.body.appendChild(Object.assign(document.createElement('span'), { style: 'color: var(--ifm-link-color)' }));
          const color = getComputedStyle(probe).color;
          probe.remove();
          return color;
        });
        const hex = `#${(link.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
        for (const line of await axeViolations(page, 'main')) if (!line.includes(`foreground color: ${hex},`)) found.push(`${scheme} ${path}: ${line}`);
      }
    }
    expect(found).toEqual([]);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${server.url}/runbooks/rotate-service-password`, { waitUntil: 'load' });
    const hidden = await page.locator('.sr-only').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(hidden.length).toBeGreaterThan(0);
    expect(hidden.every((width) => width <= 1)).toBe(true);
    await page.goto(`${server.url}/standards/nist-800-63b-4`, { waitUntil: 'load' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--sw-met-fg').trim())).toBe('#0b6b3a');
    await page.close();
  }, 300_000);

  it('a checklist starts a run', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/runbooks/rotate-service-password/run`);
    const start = page.getByRole('button', { name: 'Start a new run' });
    if ((await page.getByRole('button', { name: 'Start the run' }).count()) === 0) await start.click();
    await page.getByLabel('Your name').fill('Alice Agent');
    await page.getByRole('button', { name: 'Start the run' }).click();
    await expect.poll(() => page.locator('[data-testid="run"]').count(), { timeout: 20_000 }).toBe(1);
    expect(await page.locator('li[data-step="generate"]').getAttribute('data-status')).toBe('current');
  }, 180_000);
});

// Last: it changes the site's Docusaurus version. The peer range is ^3.9.0; the cases above ran
// on the newest (3.10.2, what create-docusaurus@3.10.2 installs), this one on the oldest.
describe('the oldest Docusaurus the peer range claims', () => {
  it('3.9.2 installs without a peer conflict and builds', () => {
    // Docusaurus 3.9's webpackbar 6 fails with webpack 5.106+ ("Progress Plugin has been
    // initialized using an options object that does not match the API schema"); 3.10.1 moved to
    // webpackbar 7, the override its maintainers recommend for 3.9 (facebook/docusaurus#11923).
    const manifestFile = join(site, 'package.json');
    const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(manifestFile, JSON.stringify({ ...manifest, overrides: { webpackbar: '7.0.0' } }, null, 2));
    const installed = run('npm', ['install', '--no-audit', '--no-fund', '@docusaurus/core@3.9.2', '@docusaurus/preset-classic@3.9.2', '@docusaurus/module-type-aliases@3.9.2', '@docusaurus/tsconfig@3.9.2', '@docusaurus/types@3.9.2'], site);
    expect(installed.output).not.toMatch(/ERESOLVE/);
    expect(installed.status).toBe(0);
    const version = JSON.parse(readFileSync(join(site, 'node_modules/@docusaurus/core/package.json'), 'utf8')).version;
    expect(version).toBe('3.9.2');
    const built = run('npx', ['docusaurus', 'build', '--out-dir', 'build-3.9'], site);
    expect(built.output).not.toMatch(/Module parse failed|Can't resolve/);
    expect(built.status, built.output.slice(-4000)).toBe(0);
    expect(existsSync(join(site, 'build-3.9/runbooks/rotate-service-password/run/index.html'))).toBe(true);
  }, 600_000);
});
