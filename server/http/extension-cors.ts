import type { Context, MiddlewareHandler } from 'hono';

/**
 * The id Chrome and Edge give the unpacked build (`.output/chrome-mv3`): fixed by the manifest
 * `key` set in wxt.config.ts (an id is the SHA-256 of that public key, first 32 hex digits written
 * a–p). Store builds get their own ids from the stores; those go into `EXTENSION_IDS`.
 */
export const UNPACKED_EXTENSION_ID = 'bifiekklpokolbppmhbbamblijambgch';

/** What the extension may send and read across origins. */
export interface ExtensionCorsOptions {
  /** Chrome/Edge extension ids whose pages may call the API (32 letters a–p each). */
  extensionIds: readonly string[];
  allowHeaders: readonly string[];
  allowMethods: readonly string[];
  exposeHeaders: readonly string[];
  /** Seconds a browser may remember a preflight answer. */
  maxAgeSeconds: number;
}

/** A Chrome/Edge extension id: 32 letters a–p. */
export const EXTENSION_ID_PATTERN = /^[a-p]{32}$/;

/**
 * The origins that get CORS answers: Kantlijn's own Chrome/Edge builds only. Firefox gives every
 * installation a random `moz-extension://<uuid>` origin, so no list can name Kantlijn there; the
 * Firefox add-on reaches the server through the host permission it holds for it instead (the
 * browser then skips CORS), and any other extension stays refused.
 */
export function allowedExtensionOrigins(extensionIds: readonly string[]): ReadonlySet<string> {
  return new Set(extensionIds.filter((id) => EXTENSION_ID_PATTERN.test(id)).map((id) => `chrome-extension://${id}`));
}

/**
 * CORS for Kantlijn's extension origins only.
 *
 * Every header is set before the route runs, with `c.header()`. Touching `c.res` before the route
 * answers, or calling `c.header()` after it did, makes Hono wrap the answer in a second Response, and
 * the Node adapter then streams that copy instead of writing the bytes it already has: a third of
 * the throughput of every API read.
 */
export function extensionCors(options: ExtensionCorsOptions): MiddlewareHandler {
  const origins = allowedExtensionOrigins(options.extensionIds);
  const allowHeaders = options.allowHeaders.join(',');
  const allowMethods = options.allowMethods.join(',');
  const exposeHeaders = options.exposeHeaders.join(',');
  const maxAge = String(options.maxAgeSeconds);

  return async (c: Context, next) => {
    const origin = c.req.header('Origin');
    const allowed = origin !== undefined && origins.has(origin);
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', exposeHeaders);
    }
    // The answer depends on the Origin header, so shared caches must keep one copy per origin.
    c.header('Vary', 'Origin');
    // Only a preflight is answered here; any other OPTIONS (the W3C Protocol's) reaches its route.
    if (c.req.method === 'OPTIONS' && c.req.header('Access-Control-Request-Method') !== undefined) {
      c.header('Vary', 'Access-Control-Request-Headers', { append: true });
      if (allowed) {
        c.header('Access-Control-Allow-Methods', allowMethods);
        c.header('Access-Control-Allow-Headers', allowHeaders);
        c.header('Access-Control-Max-Age', maxAge);
      }
      return c.body(null, 204);
    }
    await next();
  };
}
