import { createHash, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { DashboardEnv } from '../dashboard-env';
import { renderErrorPage } from '../pages/error-page';
import { dashboardNl } from '../texts/dashboard-texts';
import { CSRF_FIELD } from './csrf-field';

/** Compares two secrets in constant time (hashing first makes the lengths equal). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/**
 * False when the browser says the form came from another site: `Sec-Fetch-Site` names another
 * site, or `Origin` names another host. `Origin: null` is what Chromium sends under the app's
 * `Referrer-Policy: no-referrer`, and old clients send neither, so those are left to the CSRF
 * token and the SameSite cookie. Hosts are compared, not schemes, because behind a TLS proxy the
 * server sees http while the browser says https.
 */
export function isSameOrigin(c: Context): boolean {
  const site = c.req.header('Sec-Fetch-Site');
  if (site === 'cross-site' || site === 'same-site') return false;
  const origin = c.req.header('Origin');
  if (origin === undefined || origin === 'null') return true;
  try {
    return new URL(origin).host === new URL(c.req.url).host;
  } catch {
    return false;
  }
}

/** The value of one form field as a string ('' when absent or a file). */
export async function formField(c: Context, name: string): Promise<string> {
  const body = await c.req.parseBody();
  const value = body[name];
  return typeof value === 'string' ? value : '';
}

/**
 * Refuses a POST whose form does not echo this session's CSRF token, on top of the SameSite=Strict
 * cookie: a second, independent guard in case a browser or proxy weakens the cookie.
 */
export function requireCsrf() {
  return createMiddleware<DashboardEnv>(async (c, next) => {
    if (c.req.method !== 'POST') return next();
    const token = await formField(c, CSRF_FIELD);
    if (!isSameOrigin(c) || !sameSecret(token, c.get('session').csrfToken)) {
      return renderErrorPage(c, 403, dashboardNl.layout.errors.formTitle, dashboardNl.layout.errors.form);
    }
    await next();
  });
}
