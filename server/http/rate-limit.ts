import { createMiddleware } from 'hono/factory';
import { ApiFailure } from './api-failure';

/**
 * Limits requests per minute per key (the bearer token, or the client address without one), in a
 * fixed one-minute window kept in memory: enough for one server process, and it also slows down
 * anyone guessing tokens. `perMinute = 0` turns it off.
 */
export function rateLimit(perMinute: number, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  return createMiddleware(async (c, next) => {
    if (perMinute <= 0) return next();
    const key = c.req.header('Authorization') ?? `addr:${c.req.header('x-forwarded-for') ?? 'local'}`;
    const time = now();
    let window = windows.get(key);
    if (!window || time - window.start >= 60_000) {
      if (windows.size > 10_000) windows.clear();
      window = { start: time, count: 0 };
      windows.set(key, window);
    }
    window.count += 1;
    if (window.count > perMinute) {
      c.header('Retry-After', String(Math.max(1, Math.ceil((window.start + 60_000 - time) / 1000))));
      throw new ApiFailure(429, 'rate_limited', 'Te veel verzoeken; probeer het zo opnieuw.');
    }
    await next();
  });
}
