import { describe, expect, it } from 'vitest';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { parsePage, textOf } from './parse-page';
import { signedInDashboardEachTest } from './signed-in-dashboard';

let app: DashboardTestApp;
let session: TestSession;
signedInDashboardEachTest((fresh, signedIn) => void ([app, session] = [fresh, signedIn]));

describe('the dashboard in words', () => {
  it('shows audit actions and their details in plain Dutch, not keys and JSON', async () => {
    await app.post('/dashboard/uitnodigingen', session, { rol: 'councillor', organisatie: 'Gemeente Woerden', naam: '', dagen: '7' });
    const { user } = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
    app.addUser({ name: 'Extra', role: 'partner', organisation: 'AKJ' });
    await app.post(`/dashboard/gebruikers/${user.id}/intrekken`, session);
    app.db.audit.record({ at: app.clock.now().toISOString(), actorId: null, action: 'something.new', subject: 'x', detail: { count: 2 } });

    const page = parsePage(await (await app.request('/dashboard/audit', { cookie: session.cookie })).text());
    const rows = [...page.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(textOf));
    const byAction = new Map(rows.map((cells) => [cells[2], cells]));
    expect(byAction.get('Uitnodiging gemaakt')?.[4]).toBe('Raadslid, Gemeente Woerden');
    expect(byAction.get('Toegang ingetrokken')?.[3]).toBe('Anna de Vries');
    expect(byAction.get('Toegang ingetrokken')?.[4]).toBe('1 token ingetrokken, via het dashboard');
    expect(byAction.get('Ingelogd op het dashboard')?.[4]).toBe('—');
    // An action without words yet still shows what was recorded, readably.
    expect(byAction.get('something.new')?.[4]).toBe('count: 2');
    const table = textOf(page.querySelector('table'));
    expect(table).not.toContain('invite.create');
    expect(table).not.toContain('{"');
  });

  it('names the signed-in person once in the header, without repeating the role', async () => {
    const page = parsePage(await (await app.request('/dashboard', { cookie: session.cookie })).text());
    const header = textOf(page.querySelector('form.sign-out span'));
    expect(header).toBe('Ingelogd als Sanne Mulder');
    expect(textOf(page.querySelector('header'))).not.toMatch(/\(Secretariaat\)/);
  });

  it('counts with proper plurals', async () => {
    const { user } = app.addUser({ name: 'Bram', role: 'partner', organisation: 'AKJ' });
    const notice = async (count: number) =>
      textOf(parsePage(await (await app.request(`/dashboard/gebruikers?ingetrokken=${user.id}&aantal=${count}`, { cookie: session.cookie })).text()).querySelector('[role="status"]'));
    expect(await notice(1)).toBe('1 token van Bram ingetrokken.');
    expect(await notice(2)).toBe('2 tokens van Bram ingetrokken.');
    expect(await notice(0)).toBe('0 tokens van Bram ingetrokken.');
  });
});
