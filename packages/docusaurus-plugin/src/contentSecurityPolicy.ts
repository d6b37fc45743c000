/**
 * The content security policy the plugin puts on its pages (issue 7, security reference items 3
 * and 7; issue 13: offered by the plugin, on by default for the interactive pages).
 *
 * - No `unsafe-eval`: nothing may compile code at run time, so a script injected through content
 *   could not either; the engine's validators are compiled ahead of time (ajv standalone).
 * - `connect-src 'self'`: the live checker cannot send a password anywhere, even by mistake; only
 *   the site's own assets (search index, estimator dictionaries) are fetched.
 * - `'unsafe-inline'` for scripts stays: Docusaurus inlines its colour-mode script in <head> before
 *   any bundle loads (a hash would change with every Docusaurus release).
 *
 * Delivered as a <meta http-equiv> so that any static host applies it; `frame-ancestors` cannot be
 * set that way and belongs in the host's headers (CSP Level 3, §6.1.2 / the meta element).
 */
export const DEFAULT_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/** The meta element, as the HTML minifier would leave it alone. */
export function cspMetaTag(policy: string): string {
  return `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`;
}

/** Puts the policy first in <head> (it applies only to what follows it), unless already there. */
export function addCspMeta(html: string, policy: string): string {
  if (/http-equiv="?Content-Security-Policy/i.test(html.slice(0, html.indexOf('</head>')))) return html;
  const charset = /<meta charset="?utf-8"?\s*\/?>/i.exec(html);
  if (charset) return html.slice(0, charset.index + charset[0].length) + cspMetaTag(policy) + html.slice(charset.index + charset[0].length);
  return html.replace(/<head([^>]*)>/i, (head) => `${head}${cspMetaTag(policy)}`);
}
