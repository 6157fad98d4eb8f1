import type { MiddlewareHandler } from 'hono';

/**
 * `Cache-Control: no-store` on every API answer. Nearly every answer is about one person (their
 * remarks, their export, a fresh token), and a shared or disk cache must keep none of it. The
 * header is set before the route runs, as every header of the API is (see `extension-cors.ts` for
 * why that matters); a route that streams may still replace it with its own.
 */
export function noStore(): MiddlewareHandler {
  return async (c, next) => {
    c.header('Cache-Control', 'no-store');
    await next();
  };
}
