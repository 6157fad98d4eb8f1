import { createHash } from 'node:crypto';
import { createMiddleware } from 'hono/factory';

/**
 * The dashboard's Content-Security-Policy: everything from this server only, no inline script or
 * style, no framing of the dashboard itself. The digest preview is an `about:srcdoc` frame that
 * inherits this policy, so nothing in it can run either (its page adds only the hash of the
 * digest's own stylesheet, see `cspAllowingStyles`).
 */
export const DASHBOARD_CSP =
  "default-src 'self'; frame-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'";

/**
 * Headers for every dashboard answer, set before the handler so a handler may still override one.
 * Pages carry CSRF tokens and names, so they are never cached.
 */
export function dashboardHeaders() {
  return createMiddleware(async (c, next) => {
    c.header('Content-Security-Policy', DASHBOARD_CSP);
    c.header('Cache-Control', 'no-store');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    await next();
  });
}

/** The plain `<style>` blocks in the `<head>` of an HTML document (none when it has no head). */
export function headStyles(html: string): string[] {
  const end = html.search(/<\/head>/i);
  if (end < 0) return [];
  return [...html.slice(0, end).matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '');
}

/**
 * The dashboard's CSP plus the hashes of exactly these stylesheets. The digest preview is a srcdoc
 * frame, which inherits the page's CSP; allowing the hash of the digest's own head stylesheet lets
 * the preview look like the download without allowing any other inline style, let alone script.
 */
export function cspAllowingStyles(styles: readonly string[]): string {
  if (styles.length === 0) return DASHBOARD_CSP;
  const hashes = styles.map((style) => `'sha256-${createHash('sha256').update(style, 'utf8').digest('base64')}'`);
  return DASHBOARD_CSP.replace("style-src 'self'", `style-src 'self' ${hashes.join(' ')}`);
}
