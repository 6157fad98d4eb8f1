import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isSameOrigin, sameSecret } from '../dashboard/session/csrf';
import { csrfTokenFor, findReaderSession, type ReaderSession } from '../services/reader-sessions-service';
import type { ServiceContext } from '../services/service-context';
import { isHttps } from './public-origin';

/** The reader's session cookie. Sent to the whole site: the reader's page and the API it calls. */
export const READER_COOKIE = 'kantlijn_lezer';

/** The header in which the reader's page echoes its CSRF token on every write. */
export const CSRF_HEADER = 'X-Kantlijn-CSRF';

/** Methods that change nothing, so need no CSRF token. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cookie settings: HttpOnly (no script reads it), Secure whenever the browser uses https (directly,
 * behind a TLS proxy, or by `PUBLIC_URL`), SameSite=Lax so a link from an e-mail opens the reader
 * signed in while other sites' forms and scripts never carry it.
 */
function cookieOptions(c: Context, publicUrl: string | undefined, expiresAt: Date) {
  const secure = isHttps(c) || (publicUrl?.startsWith('https:') ?? false);
  return { httpOnly: true, secure, sameSite: 'Lax', path: '/', expires: expiresAt } as const;
}

/** Sets the session cookie lasting until `expiresAt`. */
export function setReaderCookie(c: Context, publicUrl: string | undefined, sessionId: string, expiresAt: Date): void {
  setCookie(c, READER_COOKIE, sessionId, cookieOptions(c, publicUrl, expiresAt));
}

/** The session id the browser sent, if any (a sane length only). */
export function readReaderCookie(c: Context): string | undefined {
  const value = getCookie(c, READER_COOKIE);
  return value !== undefined && value.length > 0 && value.length <= 200 ? value : undefined;
}

/** Removes the session cookie. */
export function clearReaderCookie(c: Context, publicUrl: string | undefined): void {
  deleteCookie(c, READER_COOKIE, { path: '/', secure: isHttps(c) || (publicUrl?.startsWith('https:') ?? false) });
}

/** What a request's session cookie amounts to. */
export type SessionCheck = { ok: true; session: ReaderSession; sessionId: string } | { ok: false; reason: 'none' | 'unknown' | 'csrf' };

/**
 * Checks the reader session of `c`: the cookie must name a live session, and a write must also
 * come from this site and carry the session's CSRF token in `X-Kantlijn-CSRF`. A use that moved
 * the session's end sends the cookie again with the new lifetime (sliding expiry).
 */
export function checkReaderSession(context: ServiceContext, c: Context, publicUrl?: string): SessionCheck {
  const sessionId = readReaderCookie(c);
  if (!sessionId) return { ok: false, reason: 'none' };
  const session = findReaderSession(context, sessionId);
  if (!session) return { ok: false, reason: 'unknown' };
  if (!SAFE_METHODS.has(c.req.method)) {
    const given = c.req.header(CSRF_HEADER) ?? '';
    if (!isSameOrigin(c) || !sameSecret(given, csrfTokenFor(sessionId))) return { ok: false, reason: 'csrf' };
  }
  if (session.renewedUntil) setReaderCookie(c, publicUrl, sessionId, session.renewedUntil);
  return { ok: true, session, sessionId };
}
