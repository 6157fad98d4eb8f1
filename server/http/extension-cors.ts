import type { Context, MiddlewareHandler } from 'hono';

/** What the extension may send and read across origins. */
export interface ExtensionCorsOptions {
  allowHeaders: readonly string[];
  allowMethods: readonly string[];
  exposeHeaders: readonly string[];
  /** Seconds a browser may remember a preflight answer. */
  maxAgeSeconds: number;
}

/** Only a browser extension (Chrome, Edge, Firefox, Safari) may call the API from a browser. */
export function isExtensionOrigin(origin: string): boolean {
  return /^(chrome-extension|moz-extension|safari-web-extension):\/\/[a-z0-9-]+$/i.test(origin);
}

/**
 * CORS for the extension's origins only.
 *
 * Every header is set before the route runs, with `c.header()`. Touching `c.res` before the route
 * answers, or calling `c.header()` after it did, makes Hono wrap the answer in a second Response, and
 * the Node adapter then streams that copy instead of writing the bytes it already has: a third of
 * the throughput of every API read.
 */
export function extensionCors(options: ExtensionCorsOptions): MiddlewareHandler {
  const allowHeaders = options.allowHeaders.join(',');
  const allowMethods = options.allowMethods.join(',');
  const exposeHeaders = options.exposeHeaders.join(',');
  const maxAge = String(options.maxAgeSeconds);

  return async (c: Context, next) => {
    const origin = c.req.header('Origin');
    const allowed = origin !== undefined && isExtensionOrigin(origin);
    if (allowed) {
      c.header('Access-Control-Allow-Origin', origin);
      c.header('Access-Control-Expose-Headers', exposeHeaders);
    }
    // The answer depends on the Origin header, so shared caches must keep one copy per origin.
    c.header('Vary', 'Origin');
    if (c.req.method === 'OPTIONS') {
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
