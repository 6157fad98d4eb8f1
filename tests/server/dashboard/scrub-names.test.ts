import { describe, expect, it } from 'vitest';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { signedInDashboardEachTest } from './signed-in-dashboard';
import { parsePage } from './parse-page';

let app: DashboardTestApp;
let session: TestSession;
signedInDashboardEachTest(async (fresh, signedIn) => {
  app = fresh;
  session = signedIn;
  const anna = app.addUser({ name: 'Anna Jansen', role: 'councillor', organisation: 'Gemeente Utrecht' }).token;
  app.addUser({ name: 'Gerrit Wolters', role: 'councillor', organisation: 'Woerden' });
  await app.annotate(anna, 'Zoals Gerrit Wolters al zei: Wolters’ voorstel helpt Tim Verhoef niet.');
  await app.annotate(anna, 'Wolters had gelijk.');
});

const page = async (query = '') => parsePage(await (await app.request(`/dashboard/overzicht${query}`, { cookie: session.cookie })).text());

describe('names to replace, on the digest page', () => {
  it('lists, in the pseudonymised preview only, which names were replaced how often', async () => {
    const pseudonymised = await page('?pseudoniem=1');
    const listed = [...pseudonymised.querySelectorAll('.replaced-names li')].map((item) => item.textContent);
    expect(listed).toEqual(['Gerrit Wolters (3×)']);
    // The preview itself (the file's content) names nobody.
    const preview = pseudonymised.querySelector('iframe.preview')?.getAttribute('srcdoc') ?? '';
    expect(preview).toContain('[Raadslid, Woerden]');
    expect(preview).not.toMatch(/Wolters|Vervangen namen/);
    expect((await page()).querySelector('.replaced-names')).toBeNull();
  });

  it('saves the list from the form, then replaces those names by [naam] and counts them', async () => {
    const saved = await app.post('/dashboard/overzicht/namen', session, { namen: 'Tim Verhoef\n\n  tim verhoef \nSanne Eijkelboom\n' });
    expect(saved.status).toBe(303);
    expect(saved.headers.get('Location')).toBe('/dashboard/overzicht?pseudoniem=1&namen=opgeslagen');
    expect(app.db.scrubNames.all()).toEqual(['Tim Verhoef', 'Sanne Eijkelboom']);
    const after = await page('?pseudoniem=1&namen=opgeslagen');
    expect(after.querySelector('[role="status"].notice')?.textContent).toContain('opgeslagen');
    expect(after.querySelector('textarea#namen')?.textContent).toBe('Tim Verhoef\nSanne Eijkelboom');
    expect([...after.querySelectorAll('.replaced-names li')].map((item) => item.textContent)).toEqual(['Gerrit Wolters (3×)', 'Tim Verhoef (1×)']);
    expect(after.querySelector('iframe.preview')?.getAttribute('srcdoc')).toContain('[naam]');
    const audit = app.db.audit.page(Number.MAX_SAFE_INTEGER, 5).find((entry) => entry.action === 'digest.scrub-names');
    expect(audit?.detail).toEqual({ count: 2, via: 'dashboard' });
  });

  it('refuses a bad list with a message that says what to do, keeping what was typed', async () => {
    const refused = await app.post('/dashboard/overzicht/namen', session, { namen: 'Tim Verhoef\nA' });
    expect(refused.status).toBe(400);
    const shown = parsePage(await refused.text());
    expect(shown.querySelector('[role="alert"]')?.textContent).toContain('één naam per regel');
    expect(shown.querySelector('textarea#namen')?.textContent).toBe('Tim Verhoef\nA');
    expect(shown.querySelector('textarea#namen')?.getAttribute('aria-invalid')).toBe('true');
    expect(app.db.scrubNames.all()).toEqual([]);
  });

  it('refuses the form without the session’s CSRF token', async () => {
    const refused = await app.post('/dashboard/overzicht/namen', session, { namen: 'Tim Verhoef' }, 'fout');
    expect(refused.status).toBe(403);
    expect(app.db.scrubNames.all()).toEqual([]);
  });
});
