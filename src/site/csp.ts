/**
 * The Content-Security-Policy every page carries, as a second line behind the check and the sanitiser:
 * should a script or an event handler ever reach a page, the browser refuses to run it. Scripts come
 * only from the site itself (Pagefind needs WebAssembly); nothing is framed, embedded or posted away.
 * Styles may be inline because Astro inlines small stylesheets and Mermaid styles its SVG; bodies
 * cannot carry style attributes (body-html). Images may come from any http(s) address, as bodies link them.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' http: https:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
