import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { ApiFailure } from './api-failure';
import { bearerOf } from './bearer-token';
import type { ClientAddressOf } from './client-address';
import { readReaderCookie } from './reader-session';
import { hashToken } from '../services/tokens';

const WINDOW_MS = 60_000;
/** Most keys (tokens, addresses) counted at once, so a flood of distinct keys cannot exhaust memory. */
const MAX_KEYS = 10_000;

/**
 * Counts events per key in fixed one-minute windows, in memory: enough for one server process.
 * A key's window is re-inserted when it starts, so the map runs from the oldest window to the newest.
 */
function createWindowCounter(now: () => number, blockedFrom: number) {
  const windows = new Map<string, { start: number; count: number }>();
  /**
   * Makes room: windows that have ended go first, then the oldest of those not (yet) blocked. A
   * flood of fresh keys must not wipe out the count of a key that is being refused; only when the
   * map holds nothing else do the oldest blocked windows go too, to keep memory bounded.
   */
  const evict = (time: number) => {
    for (const [key, window] of windows) if (time - window.start >= WINDOW_MS || window.count < blockedFrom) {
      windows.delete(key);
      if (windows.size < MAX_KEYS) return;
    }
    for (const key of windows.keys()) {
      if (windows.size < MAX_KEYS) return;
      windows.delete(key);
    }
  };
  return {
    /** Adds one event for `key` and returns the count in the current window and when it ends. */
    hit(key: string): { count: number; resetsAt: number } {
      const time = now();
      let window = windows.get(key);
      if (!window || time - window.start >= WINDOW_MS) {
        if (windows.size >= MAX_KEYS) evict(time);
        window = { start: time, count: 0 };
        windows.delete(key);
        windows.set(key, window);
      }
      window.count += 1;
      return { count: window.count, resetsAt: window.start + WINDOW_MS };
    },
    count(key: string): { count: number; resetsAt: number } {
      const window = windows.get(key);
      return window && now() - window.start < WINDOW_MS ? { count: window.count, resetsAt: window.start + WINDOW_MS } : { count: 0, resetsAt: now() };
    },
  };
}

function tooMany(c: Context, resetsAt: number, now: number): ApiFailure {
  c.header('Retry-After', String(Math.max(1, Math.ceil((resetsAt - now) / 1000))));
  return new ApiFailure(429, 'rate_limited', 'Te veel verzoeken; probeer het zo opnieuw.');
}

/**
 * Limits requests per minute per key: per token for requests with a bearer token (keyed by the
 * token's hash, so no token is kept in memory and every spelling of the header counts as one), per
 * reader session for the reader's requests (councillors behind one town hall's address must not
 * share one budget), per address otherwise. `perMinute = 0` turns it off.
 */
export function rateLimit(perMinute: number, addressOf: ClientAddressOf, now: () => number = Date.now) {
  const counter = createWindowCounter(now, perMinute + 1);
  return createMiddleware(async (c, next) => {
    if (perMinute <= 0) return next();
    const { tokenHash } = bearerOf(c);
    const session = tokenHash ? undefined : readReaderCookie(c);
    const key = tokenHash ? `token:${tokenHash}` : session ? `session:${hashToken(session)}` : `addr:${addressOf(c)}`;
    const { count, resetsAt } = counter.hit(key);
    if (count > perMinute) throw tooMany(c, resetsAt, now());
    await next();
  });
}

/** Failed sign-ins allowed per address per minute before that address must wait. */
export const MAX_FAILED_SIGN_INS_PER_MINUTE = 20;

/**
 * Slows down token guessing: every guess carries another token, so the per-token limit never bites;
 * this counts failed sign-ins per client address instead, and refuses that address's unknown
 * tokens for the rest of the minute once it has failed too often. Callers check the token first
 * and ask the guard only about tokens that are not valid: a valid token is never refused for
 * someone else's typos behind the same address. One guard serves the API and the dashboard's
 * sign-in form, so a guesser gains nothing by taking turns. Off when rate limiting is off.
 */
export function createSignInGuard(enabled: boolean, addressOf: ClientAddressOf, now: () => number = Date.now) {
  const failures = createWindowCounter(now, MAX_FAILED_SIGN_INS_PER_MINUTE);
  const waitOf = (c: Context): { seconds: number; resetsAt: number } => {
    if (!enabled) return { seconds: 0, resetsAt: now() };
    const { count, resetsAt } = failures.count(addressOf(c));
    return count >= MAX_FAILED_SIGN_INS_PER_MINUTE ? { seconds: Math.max(1, Math.ceil((resetsAt - now()) / 1000)), resetsAt } : { seconds: 0, resetsAt };
  };
  return {
    /** Seconds `c`'s address must wait before it may try again (0: it may try now). */
    secondsToWait: (c: Context): number => waitOf(c).seconds,
    /** Throws 429 when `c`'s address has failed too often this minute. */
    assertAllowed(c: Context): void {
      const { seconds, resetsAt } = waitOf(c);
      if (seconds > 0) throw tooMany(c, resetsAt, now());
    },
    recordFailure(c: Context): void {
      if (enabled) failures.hit(addressOf(c));
    },
  };
}
export type SignInGuard = ReturnType<typeof createSignInGuard>;
