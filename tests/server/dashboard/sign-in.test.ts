import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DASHBOARD_CSP } from '../../../server/dashboard/session/security-headers';
import { HOUR } from '../../helpers/api-fixtures';
import { cookieValue, createDashboardTestApp, type DashboardTestApp } from './dashboard-test-app';
import { parsePage, textOf } from './parse-page';

let app: DashboardTestApp;
beforeEach(() => {
  app = createDashboardTestApp();
});
afterEach(() => app.close());

/** Posts the sign-in form as a browser that loaded it would; returns the answer. */
async function submitToken(token: string, extraHeaders: Record<string, string> = {}): Promise<Response> {
  const form = await app.request('/dashboard/inloggen');
  const loginToken = /name="_login" value="([^"]+)"/.exec(await form.text())?.[1] ?? '';
  return app.request('/dashboard/inloggen', {
    method: 'POST',
    cookie: `kantlijn_login=${cookieValue(form, 'kantlijn_login')}`,
    body: new URLSearchParams({ _login: loginToken, token }),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...extraHeaders },
  });
}

const PAGES = ['/dashboard', '/dashboard/matrix', '/dashboard/overzicht', '/dashboard/download?formaat=md', '/dashboard/rondes', '/dashboard/uitnodigingen', '/dashboard/gebruikers', '/dashboard/moderatie', '/dashboard/audit'];

describe('dashboard sign-in', () => {
  it('signs the secretariat in with its token and sets a strict, HttpOnly session cookie for /dashboard only', async () => {
    const response = await submitToken(app.secretariat.token);
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/dashboard');
    const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith('kantlijn_dashboard='))!;
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
    expect(line).toMatch(/Path=\/dashboard(;|$)/);
    expect(line).toMatch(/Max-Age=28800/);
    expect(line).not.toMatch(/Secure/);
    // The cookie holds a random session id, never the token.
    expect(line).not.toContain(app.secretariat.token);

    const page = await app.request('/dashboard', { cookie: `kantlijn_dashboard=${cookieValue(response, 'kantlijn_dashboard')}` });
    expect(page.status).toBe(200);
    const document = parsePage(await page.text());
    expect(textOf(document.querySelector('h1'))).toBe('Overzicht');
    expect(textOf(document.querySelector('header'))).toContain('Sanne Mulder');
  });

  it('marks the cookie Secure when the request came over https', async () => {
    const response = await submitToken(app.secretariat.token, { 'X-Forwarded-Proto': 'https' });
    expect(response.headers.getSetCookie().find((cookie) => cookie.startsWith('kantlijn_dashboard='))).toMatch(/Secure/);
  });

  it('refuses a councillor token with a clear Dutch message and no session', async () => {
    const { token } = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
    const response = await submitToken(token);
    expect(response.status).toBe(403);
    expect(cookieValue(response, 'kantlijn_dashboard')).toBeUndefined();
    const alert = parsePage(await response.text()).querySelector('[role="alert"]');
    expect(textOf(alert)).toContain('Raadslid');
    expect(textOf(alert)).toContain('alleen voor het secretariaat');
  });

  it('refuses an unknown or revoked token, and a form posted without its login cookie', async () => {
    const unknown = await submitToken('kl_onbekend');
    expect(unknown.status).toBe(401);
    expect(textOf(parsePage(await unknown.text()).querySelector('[role="alert"]'))).toContain('onbekend of ingetrokken');

    const forged = await app.request('/dashboard/inloggen', {
      method: 'POST',
      body: new URLSearchParams({ _login: 'x', token: app.secretariat.token }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(forged.status).toBe(403);
    expect(cookieValue(forged, 'kantlijn_dashboard')).toBeUndefined();
  });

  it('sends every page to the sign-in form without a session, also with a made-up cookie', async () => {
    for (const path of PAGES) {
      for (const cookie of [undefined, 'kantlijn_dashboard=verzonnen']) {
        const response = await app.request(path, cookie ? { cookie } : {});
        expect(response.status, path).toBe(303);
        expect(response.headers.get('Location'), path).toBe('/dashboard/inloggen');
      }
    }
    const post = await app.request('/dashboard/rondes', { method: 'POST', body: new URLSearchParams({ titel: 'x' }), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(post.status).toBe(303);
    expect(app.db.rounds.all()).toHaveLength(0);
  });

  it('ends the session on sign-out, when the token is revoked, and after eight hours', async () => {
    const first = await app.signIn();
    const signOut = await app.post('/dashboard/uitloggen', first);
    expect(signOut.status).toBe(303);
    expect(signOut.headers.get('Location')).toBe('/dashboard/inloggen?uitgelogd=1');
    expect((await app.request('/dashboard', { cookie: first.cookie })).status).toBe(303);

    const second = await app.signIn();
    app.db.users.revokeAllTokens(app.secretariat.user.id, app.clock.iso());
    expect((await app.request('/dashboard', { cookie: second.cookie })).status).toBe(303);

    const other = app.addUser({ name: 'Piet Griffie', role: 'secretariat', organisation: 'Griffie Utrecht' });
    const third = await app.signIn(other.token);
    app.clock.advance(8 * HOUR - 1000);
    expect((await app.request('/dashboard', { cookie: third.cookie })).status).toBe(200);
    app.clock.advance(2000);
    expect((await app.request('/dashboard', { cookie: third.cookie })).status).toBe(303);
  });

  it('serves every page, the sign-in form included, with the strict CSP and no caching; the stylesheet as a file', async () => {
    const session = await app.signIn();
    for (const path of ['/dashboard/inloggen', ...PAGES.filter((path) => !path.includes('download'))]) {
      const response = await app.request(path, { cookie: session.cookie });
      expect(response.status, path).toBe(200);
      // The preview page adds only the hash of the digest's own stylesheet (see downloads.test.ts).
      expect(response.headers.get('Content-Security-Policy')?.replace(/ 'sha256-[A-Za-z0-9+/=]+'/g, ''), path).toBe(DASHBOARD_CSP);
      expect(response.headers.get('Cache-Control'), path).toBe('no-store');
      const html = await response.text();
      expect(html.startsWith('<!DOCTYPE html><html lang="nl">'), path).toBe(true);
      // No inline script or style anywhere: the CSP would block them.
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)|<style|\sstyle=/);
    }
    const css = await app.request('/dashboard/static/dashboard.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('Content-Type')).toMatch(/^text\/css/);
    expect(await css.text()).toContain(':focus-visible');
    expect((await app.request('/dashboard/static/dashboard.js')).headers.get('Content-Type')).toMatch(/^text\/javascript/);
    const slash = await app.request('/dashboard/', { cookie: session.cookie });
    expect([slash.status, slash.headers.get('Location')]).toEqual([301, 'http://localhost/dashboard']);
    const unknown = await app.request('/dashboard/bestaat-niet', { cookie: session.cookie });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('Pagina niet gevonden');
  });
});
