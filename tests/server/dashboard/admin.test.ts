import { describe, expect, it } from 'vitest';
import { AUDIT_PAGE_SIZE } from '../../../server/dashboard/routes/oversight-routes';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { parsePage, textOf } from './parse-page';
import { openPage, signedInDashboardEachTest } from './signed-in-dashboard';

let app: DashboardTestApp;
let session: TestSession;
signedInDashboardEachTest((fresh, signedIn) => void ([app, session] = [fresh, signedIn]));

const page = (path: string) => openPage(app, session, path);

describe('dashboard administration', () => {
  it('makes an invite, shows its whole link once, and the code in it works', async () => {
    const response = await app.post('/dashboard/uitnodigingen', session, { rol: 'partner', organisatie: 'AKJ', naam: '', dagen: '14' });
    expect(response.status).toBe(200);
    const document = parsePage(await response.text());
    const notice = document.querySelector('.notice');
    const link = textOf(notice?.querySelector('code.secret'));
    expect(link).toMatch(/^http:\/\/localhost\/uitnodiging\/[A-Za-z0-9_-]{22}$/);
    const code = link.split('/').at(-1)!;
    expect(textOf(notice)).toContain('Ketenpartner, AKJ');

    const redeemed = await app.request(`/api/invites/${code}/redeem`, { method: 'POST', json: { name: 'Chris Bakker' } });
    expect(redeemed.status).toBe(201);
    const later = await page('/dashboard/uitnodigingen');
    expect(textOf(later.querySelector('main'))).not.toContain(code);
    expect(textOf(later.querySelector('tbody tr'))).toContain('Gebruikt');
  });

  it('explains invalid invite input in Dutch, keeps what was typed, and makes nothing', async () => {
    const response = await app.post('/dashboard/uitnodigingen', session, { rol: 'koning', organisatie: '', naam: 'Bram', dagen: '0' });
    expect(response.status).toBe(400);
    const document = parsePage(await response.text());
    const alert = textOf(document.querySelector('[role="alert"]'));
    expect(alert).toContain('Kies een rol.');
    expect(alert).toContain('Vul de organisatie in');
    expect(alert).toContain('1 tot en met 90');
    expect(document.querySelector('#uitnodiging-naam')?.getAttribute('value')).toBe('Bram');
    expect(app.db.invites.recent(10)).toHaveLength(0);
  });

  it('creates rounds and refuses overlapping or reversed periods with a message', async () => {
    const created = await app.post('/dashboard/rondes', session, { titel: 'Voorjaar 2025', opent: '2025-03-01', sluit: '2025-03-31' });
    expect(created.status).toBe(303);
    const listed = await page(created.headers.get('Location')!);
    expect(textOf(listed.querySelector('[role="status"]'))).toBe('De ronde is aangemaakt.');
    expect(textOf(listed.querySelector('tbody tr'))).toContain('Voorjaar 2025');
    const round = app.db.rounds.all()[0]!;
    expect([round.opensAt, round.closesAt]).toEqual(['2025-02-28T23:00:00.000Z', '2025-03-31T22:00:00.000Z']);

    const overlap = await app.post('/dashboard/rondes', session, { titel: 'Maart bis', opent: '2025-03-15', sluit: '2025-04-15' });
    expect(overlap.status).toBe(409);
    expect(textOf(parsePage(await overlap.text()).querySelector('[role="alert"]'))).toContain('overlapt met de ronde ‘Voorjaar 2025’');
    const reversed = await app.post('/dashboard/rondes', session, { titel: 'Achterstevoren', opent: '2025-06-30', sluit: '2025-06-01' });
    expect(reversed.status).toBe(400);
    expect(textOf(parsePage(await reversed.text()).querySelector('[role="alert"]'))).toContain('sluitdatum');
    expect(app.db.rounds.all()).toHaveLength(1);
  });

  it('lists users and revokes someone’s tokens so the API refuses them', async () => {
    const { user, token } = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
    const before = await page('/dashboard/gebruikers');
    const row = [...before.querySelectorAll('tbody tr')].find((candidate) => textOf(candidate.querySelector('th')) === 'Anna de Vries');
    expect(textOf(row)).toContain('Raadslid');
    expect(row?.querySelector('form')?.getAttribute('action')).toBe(`/dashboard/gebruikers/${user.id}/intrekken`);

    const revoke = await app.post(`/dashboard/gebruikers/${user.id}/intrekken`, session);
    expect(revoke.status).toBe(303);
    expect((await app.request('/api/me', { bearer: token })).status).toBe(401);
    const after = await page(revoke.headers.get('Location')!);
    expect(textOf(after.querySelector('[role="status"]'))).toBe('1 token van Anna de Vries ingetrokken.');
  });

  it('pages through the audit log, newest first', async () => {
    for (let index = 0; index < AUDIT_PAGE_SIZE + 5; index++) {
      app.addUser({ name: `Raadslid ${index}`, role: 'councillor', organisation: 'Gemeente Zeist' });
    }
    const first = await page('/dashboard/audit');
    const firstRows = [...first.querySelectorAll('tbody tr')];
    expect(firstRows).toHaveLength(AUDIT_PAGE_SIZE);
    const firstSeqs = firstRows.map((row) => Number(textOf(row.querySelector('th'))));
    expect(firstSeqs).toEqual([...firstSeqs].sort((a, b) => b - a));
    const older = first.querySelector('nav.pager a:last-child')!;
    expect(textOf(older)).toBe('Oudere regels');
    const second = await page(older.getAttribute('href')!);
    const secondSeqs = [...second.querySelectorAll('tbody tr')].map((row) => Number(textOf(row.querySelector('th'))));
    expect(Math.max(...secondSeqs)).toBeLessThan(Math.min(...firstSeqs));
    expect(textOf(second.querySelector('nav.pager'))).toContain('Nieuwste regels');
  });
});
