import { describe, expect, it } from 'vitest';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { signedInDashboardEachTest } from './signed-in-dashboard';
import { parsePage, textOf } from './parse-page';

let app: DashboardTestApp;
let session: TestSession;
let councillor: string;
signedInDashboardEachTest((fresh, signedIn) => {
  app = fresh;
  session = signedIn;
  councillor = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' }).token;
});

const SCRIPT_REMARK = '<script>alert("xss")</script> Klopt dit cijfer?';
const IMG_ORGANISATION = '<img src=x onerror=alert(1)>';

async function moderationPage(): Promise<string> {
  const response = await app.request('/dashboard/moderatie', { cookie: session.cookie });
  expect(response.status).toBe(200);
  return response.text();
}

describe('dashboard moderation queue', () => {
  it('shows a remark with <script> and an organisation with <img onerror> as text, never as markup', async () => {
    const partner = app.addUser({ name: 'Chris "Bakker"', role: 'partner', organisation: IMG_ORGANISATION }).token;
    await app.annotate(councillor, SCRIPT_REMARK);
    await app.annotate(partner, 'Goede stap.', { kind: 'appreciation' });

    const html = await moderationPage();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const document = parsePage(html);
    // The only script is the dashboard's own file; the page holds no images at all.
    expect([...document.querySelectorAll('script')].map((script) => script.getAttribute('src'))).toEqual(['/dashboard/static/dashboard.js']);
    expect(document.querySelectorAll('img')).toHaveLength(0);
    const cells = [...document.querySelectorAll('td')].map((cell) => textOf(cell));
    expect(cells.some((cell) => cell.includes(SCRIPT_REMARK))).toBe(true);
    expect(cells.some((cell) => cell.includes(IMG_ORGANISATION))).toBe(true);

    // The same names elsewhere (users list) are escaped too.
    const users = await (await app.request('/dashboard/gebruikers', { cookie: session.cookie })).text();
    expect(users).not.toContain('<img');
    expect(users).toContain('Chris &quot;Bakker&quot;');
  });

  it('names each item’s document by its registered title, else by a short address, linked to the full one', async () => {
    const registered = 'https://www.svmn.nl/media/2024/voortgang-def.pdf';
    const other = 'https://raad.woerden.nl/stukken/brief-jeugdhulp.html';
    expect((await app.request('/api/documents', { method: 'POST', bearer: app.secretariat.token, json: { title: 'Voortgangsrapportage 2024', urls: [registered] } })).status).toBe(201);
    await app.annotate(councillor, 'Op het geregistreerde rapport.', { source: registered });
    await app.annotate(councillor, 'Op een brief.', { source: other });
    const names = [...parsePage(await moderationPage()).querySelectorAll('.document-name')].map((link) => [textOf(link), link.getAttribute('href')]);
    expect(names.sort()).toEqual([
      ['Voortgangsrapportage 2024', registered],
      ['raad.woerden.nl/…/brief-jeugdhulp.html', other],
    ]);
  });

  it('hides an annotation with a reason (gone from the digest, kept for the author) and shows it again', async () => {
    const { id } = await app.annotate(councillor, 'Deze passage noemt een cliënt bij naam.');
    const uuid = id.replace(/^.*[/:]/, '');
    const form = parsePage(await moderationPage()).querySelector(`form[action="/dashboard/moderatie/${uuid}/verbergen"]`);
    const label = form?.querySelector('label');
    expect(form?.querySelector(`#${label?.getAttribute('for')}`)?.getAttribute('name')).toBe('reden');

    const empty = await app.post(`/dashboard/moderatie/${uuid}/verbergen`, session, { reden: '  ' });
    expect(empty.status).toBe(400);
    expect(textOf(parsePage(await empty.text()).querySelector('[role="alert"]'))).toContain('Vul een reden in');

    const hide = await app.post(`/dashboard/moderatie/${uuid}/verbergen`, session, { reden: 'Bevat een naam van een cliënt' });
    expect(hide.status).toBe(303);
    expect(app.db.annotations.findByUuid(uuid)?.hidden?.reason).toBe('Bevat een naam van een cliënt');
    expect(app.db.annotations.listForDigest({ roundId: null, from: null, to: null })).toHaveLength(0);

    const after = parsePage(await (await app.request(hide.headers.get('Location')!, { cookie: session.cookie })).text());
    expect(textOf(after.querySelector('[role="status"]'))).toBe('De annotatie is verborgen.');
    expect(after.querySelector(`form[action="/dashboard/moderatie/${uuid}/tonen"]`)).not.toBeNull();
    expect(textOf(after.querySelector('main'))).toContain('Verborgen door Sanne Mulder');

    const show = await app.post(`/dashboard/moderatie/${uuid}/tonen`, session);
    expect(show.status).toBe(303);
    expect(app.db.annotations.findByUuid(uuid)?.hidden).toBeNull();
    const actions = app.db.audit.page(Number.MAX_SAFE_INTEGER, 5).map((entry) => entry.action);
    expect(actions.slice(0, 2)).toEqual(['annotation.unhide', 'annotation.hide']);
  });

  it('leaves private notes out of the queue and reports an unknown annotation in Dutch', async () => {
    await app.annotate(councillor, 'Alleen voor mijzelf', { visibility: 'private' });
    expect(await moderationPage()).not.toContain('Alleen voor mijzelf');
    const unknown = await app.post('/dashboard/moderatie/00000000-0000-4000-8000-000000000000/verbergen', session, { reden: 'x' });
    expect(unknown.status).toBe(404);
    expect(textOf(parsePage(await unknown.text()).querySelector('[role="alert"]'))).toContain('bestaat niet');
  });
});
