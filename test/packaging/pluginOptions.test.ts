/**
 * Issue 13, item 3: the plugin's options are validated with Joi as the official plugins do
 * (Docusaurus's own normalizePluginOptions): unknown keys and named folders that do not exist are
 * errors naming the option; defaults fill in; the content security policy goes first in <head>.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { normalizePluginOptions } from '@docusaurus/utils-validation';
import { addCspMeta, contentFolders, DEFAULT_CONTENT_SECURITY_POLICY, DEFAULT_OPTIONS, getSwizzleConfig, validateOptions, type PluginOptions, type UserPluginOptions } from '@stepwise/docusaurus-plugin';
import { afterAll, describe, expect, it } from 'vitest';

const validate = (options: unknown) => validateOptions({ validate: normalizePluginOptions as never, options: options as UserPluginOptions });
const site = mkdtempSync(join(tmpdir(), 'stepwise-options-'));
afterAll(() => rmSync(site, { recursive: true, force: true }));

describe('plugin options', () => {
  it('fill in the defaults, a single folder becoming a list', () => {
    const resolved = validate({ runbooks: 'ops/runbooks', routes: { checker: 'check' } });
    expect(resolved).toMatchObject({ id: 'default', runbooks: ['ops/runbooks'], policies: ['policy'], routes: { runbooks: 'runbooks', checker: 'check' }, contentSecurityPolicy: { pages: 'interactive', policy: DEFAULT_CONTENT_SECURITY_POLICY } });
    expect(resolved.schemas).toEqual(DEFAULT_OPTIONS.schemas);
  });

  it.each([
    [{ runbook: ['x'] }, '"runbook" is not allowed'],
    [{ routes: { runbok: 'x' } }, '"routes.runbok" is not allowed'],
    [{ routes: { checker: '/Checker' } }, '"routes.checker" must be a path like "runbooks"'],
    [{ contentSecurityPolicy: { pages: 'some' } }, '"contentSecurityPolicy.pages" must be one of'],
    [{ schemas: true }, '"schemas"'],
  ])('reject %j naming the option', (options, message) => {
    expect(() => validate(options)).toThrow(message);
  });

  it('a folder the site named must exist; a default one may be missing', () => {
    mkdirSync(join(site, 'ops/runbooks'), { recursive: true });
    const options = (given: UserPluginOptions): PluginOptions => validate(given);
    expect(contentFolders(site, options({ runbooks: 'ops/runbooks' }))).toEqual({ runbooks: ['ops/runbooks'], policies: [], standards: [] });
    expect(() => contentFolders(site, options({ policies: ['ops/policy'] }))).toThrow('"policies": the folder "ops/policy" does not exist');
  });
});

describe('content security policy and swizzle config', () => {
  it('the meta element goes right after the charset, once', () => {
    const html = '<!doctype html><html><head><meta charset="UTF-8"><script src="/a.js"></script></head><body></body></html>';
    const once = addCspMeta(html, DEFAULT_CONTENT_SECURITY_POLICY);
    expect(once.indexOf('Content-Security-Policy')).toBeLessThan(once.indexOf('<script'));
    expect(once.indexOf('Content-Security-Policy')).toBeGreaterThan(once.indexOf('charset'));
    expect(addCspMeta(once, DEFAULT_CONTENT_SECURITY_POLICY)).toBe(once);
    expect(DEFAULT_CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('lists only theme components that exist, as safe to wrap and eject', async () => {
    const { readdirSync } = await import('node:fs');
    const components = new Set(readdirSync(join(import.meta.dirname, '../../packages/docusaurus-plugin/src/theme')));
    const config = getSwizzleConfig();
    for (const [name, entry] of Object.entries(config.components)) {
      expect(components.has(name), name).toBe(true);
      expect(entry.actions).toEqual({ eject: 'safe', wrap: 'safe' });
      expect(entry.description).toBeTruthy();
    }
  });
});
