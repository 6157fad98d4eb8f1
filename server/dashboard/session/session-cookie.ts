import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isHttps } from '../../http/public-origin';
import { SESSION_TTL_MS } from './session-store';

/** The dashboard's session cookie. */
export const SESSION_COOKIE = 'kantlijn_dashboard';

/** A short-lived cookie that ties the sign-in form to the browser that loaded it (login CSRF). */
export const LOGIN_COOKIE = 'kantlijn_login';

/** Where the dashboard lives; the cookies are sent nowhere else, so the API never sees them. */
export const DASHBOARD_PATH = '/dashboard';

function options(c: Context, maxAgeSeconds: number) {
  return { httpOnly: true, sameSite: 'Strict', path: DASHBOARD_PATH, secure: isHttps(c), maxAge: maxAgeSeconds } as const;
}

/** Sets the session cookie for `sessionId`, lasting as long as the session. */
export function setSessionCookie(c: Context, sessionId: string): void {
  setCookie(c, SESSION_COOKIE, sessionId, options(c, SESSION_TTL_MS / 1000));
}

/** The session id the browser sent, if any. */
export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE);
}

/** Removes the session cookie from the browser. */
export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: DASHBOARD_PATH, secure: isHttps(c) });
}

/** Sets the sign-in form's own CSRF value (valid for 30 minutes). */
export function setLoginCookie(c: Context, value: string): void {
  setCookie(c, LOGIN_COOKIE, value, options(c, 30 * 60));
}

/** The sign-in form's CSRF value the browser sent, if any. */
export function readLoginCookie(c: Context): string | undefined {
  return getCookie(c, LOGIN_COOKIE);
}

/** Removes the sign-in CSRF cookie once it has served. */
export function clearLoginCookie(c: Context): void {
  deleteCookie(c, LOGIN_COOKIE, { path: DASHBOARD_PATH, secure: isHttps(c) });
}
