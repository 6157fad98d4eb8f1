import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDashboardTestApp, type DashboardTestApp } from './dashboard-test-app';

let app: DashboardTestApp;
beforeEach(() => {
  app = createDashboardTestApp();
});
afterEach(() => app.close());

const ROUND = { titel: 'Voorjaar 2025', opent: '2025-03-01', sluit: '2025-03-31' };

describe('dashboard CSRF protection', () => {
  it('refuses a POST without the form token, with a wrong one, or with another session’s', async () => {
    const session = await app.signIn();
    const other = await app.signIn();
    for (const csrf of [null, '', 'verzonnen', other.csrf]) {
      const response = await app.post('/dashboard/rondes', session, ROUND, csrf);
      expect(response.status, String(csrf)).toBe(403);
      expect(await response.text()).toContain('role="alert"');
    }
    expect(app.db.rounds.all()).toHaveLength(0);
  });

  it('refuses a POST whose Origin is another site, even with the right token', async () => {
    const session = await app.signIn();
    const form = new URLSearchParams({ ...ROUND, _csrf: session.csrf });
    const response = await app.request('/dashboard/rondes', {
      method: 'POST',
      cookie: session.cookie,
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://kwaadwillend.example' },
    });
    expect(response.status).toBe(403);
    const crossSite = await app.request('/dashboard/rondes', {
      method: 'POST',
      cookie: session.cookie,
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Sec-Fetch-Site': 'cross-site', Origin: 'null' },
    });
    expect(crossSite.status).toBe(403);
    expect(app.db.rounds.all()).toHaveLength(0);
  });

  it('accepts the POST with the session’s token (and a same-origin or opaque Origin)', async () => {
    const session = await app.signIn();
    const form = new URLSearchParams({ ...ROUND, _csrf: session.csrf });
    const response = await app.request('/dashboard/rondes', {
      method: 'POST',
      cookie: session.cookie,
      body: form,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://localhost', 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(response.status).toBe(303);
    // Chromium sends `Origin: null` under `Referrer-Policy: no-referrer`; the token decides then.
    const opaque = await app.request('/dashboard/rondes', {
      method: 'POST',
      cookie: session.cookie,
      body: new URLSearchParams({ titel: 'Najaar 2025', opent: '2025-09-01', sluit: '2025-09-30', _csrf: session.csrf }),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'null' },
    });
    expect(opaque.status).toBe(303);
    expect(app.db.rounds.all().map((round) => round.title)).toEqual(['Najaar 2025', 'Voorjaar 2025']);
  });

  it('guards every form of the dashboard, sign-out and moderation included', async () => {
    const session = await app.signIn();
    const { token, user } = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
    const { id } = await app.annotate(token, 'Wat is de planning?');
    const uuid = id.replace(/^.*[/:]/, '');
    const forms: Array<[string, Record<string, string>]> = [
      ['/dashboard/uitloggen', {}],
      ['/dashboard/uitnodigingen', { rol: 'partner', organisatie: 'AKJ', naam: '', dagen: '7' }],
      [`/dashboard/gebruikers/${user.id}/intrekken`, {}],
      [`/dashboard/moderatie/${uuid}/verbergen`, { reden: 'Bevat een naam' }],
      [`/dashboard/moderatie/${uuid}/tonen`, {}],
    ];
    for (const [path, fields] of forms) {
      expect((await app.post(path, session, fields, null)).status, path).toBe(403);
    }
    expect(app.db.invites.recent(10)).toHaveLength(0);
    expect(app.db.annotations.findByUuid(uuid)?.hidden).toBeNull();
    // Still signed in: the refused sign-out did nothing.
    expect((await app.request('/dashboard', { cookie: session.cookie })).status).toBe(200);
    expect((await app.request('/api/me', { bearer: token })).status).toBe(200);
  });
});
