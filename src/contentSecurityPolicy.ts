/**
 * The content-security policy of the built site (issue 7, security reference items 3 and 7).
 *
 * - No `unsafe-eval`: nothing on the site may compile code at run time, so a script injected
 *   through content could not either; ajv validators are never compiled in the browser.
 * - `connect-src 'self'`: the live checker cannot send a password anywhere, even by mistake; only
 *   the site's own assets (search index, estimator dictionaries) are fetched.
 * - `'unsafe-inline'` for scripts stays: Docusaurus inlines its colour-mode script in <head> before
 *   any bundle loads (a hash would change with every Docusaurus release).
 *
 * Delivered as a <meta http-equiv> so that any static host applies it; `frame-ancestors` cannot be
 * set that way and belongs in the host's headers.
 */
export const CONTENT_SECURITY_POLICY = [
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
