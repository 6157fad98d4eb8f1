import { describe, expect, it } from 'vitest';
import { replyTo } from '../../helpers/api-fixtures';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { parsePage, textOf } from './parse-page';
import { openPage, signedInDashboardEachTest } from './signed-in-dashboard';

const PAGE = 'https://www.svmn.nl/rapporten/voortgang-2024.html';
const PDF = 'https://raad.woerden.nl/stukken/voortgang-2024.pdf';

let app: DashboardTestApp;
let session: TestSession;
signedInDashboardEachTest((fresh, signedIn) => void ([app, session] = [fresh, signedIn]));

const page = (path: string) => openPage(app, session, path);

describe('the documents page', () => {
  it('puts a report with several addresses on the reading list, escaped, and counts its remarks and replies at all of them', async () => {
    const response = await app.post('/dashboard/documenten', session, {
      titel: 'Voortgang <script>alert(1)</script>',
      adressen: `${PAGE}\r\n\r\n  ${PDF}#pagina=2  \r\n`,
      uitgever: 'SVMN',
      datum: '2024-11-30',
      ronde: '',
    });
    expect(response.status).toBe(303);
    expect(response.headers.get('Location')).toBe('/dashboard/documenten?melding=toegevoegd');
    const [stored] = app.db.documents.all();
    expect(stored).toMatchObject({ title: 'Voortgang <script>alert(1)</script>', urls: [PAGE, PDF], publisher: 'SVMN', date: '2024-11-30' });

    const partner = app.addUser({ name: 'Chris', role: 'partner', organisation: 'AKJ' });
    const onPage = await app.annotate(partner.token, 'Op de pagina', { source: PAGE });
    await app.annotate(partner.token, 'In de PDF', { source: PDF, terms: ['goal-1'] });
    await app.annotate(partner.token, 'Elders', { source: 'https://example.org/ander.html' });
    expect((await app.request('/api/annotations', { method: 'POST', bearer: partner.token, json: replyTo(onPage.id) })).status).toBe(201);
    const html = await (await app.request('/dashboard/documenten?melding=toegevoegd', { cookie: session.cookie })).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    const document = parsePage(html);
    expect(textOf(document.querySelector('[role="status"]'))).toBe('Het document staat op de leeslijst.');
    const row = document.querySelector('tbody tr');
    expect(textOf(row?.querySelector('th'))).toBe('Voortgang <script>alert(1)</script>');
    expect(textOf(row)).toContain(PDF);
    // The date of publication reads as a Dutch date, not as the stored 2024-11-30.
    expect(textOf(row)).toContain('30 november 2024');
    // Remarks and replies named apart, counted as the reading list in the extension counts them.
    const counted = [...(row?.querySelectorAll('td') ?? [])].map((td) => textOf(td));
    expect(textOf(document.querySelectorAll('thead th')[5])).toBe('Opmerkingen en reacties');
    expect(counted[4]).toBe('2 opmerkingen, 1 reactie');
    const list = (await (await app.request('/api/documents', { bearer: app.secretariat.token })).json()) as { items: Array<{ annotations: number; remarks: number; replies: number }> };
    expect(list.items[0]).toMatchObject({ annotations: 3, remarks: 2, replies: 1 });
    expect(document.querySelector('nav a[aria-current="page"]')?.getAttribute('href')).toBe('/dashboard/documenten');

    // Beside the coverage per term, the coverage per document.
    const matrix = await page('/dashboard/matrix');
    const perDocument = [...matrix.querySelectorAll('table.matrix')].at(-1)!;
    const rows = [...perDocument.querySelectorAll('tbody tr')].map((tr) => textOf(tr.querySelector('th')));
    expect(rows).toEqual(['Voortgang <script>alert(1)</script>', 'Andere pagina’s (niet op de leeslijst)']);
    const cells = [...perDocument.querySelectorAll('tbody tr')[0]!.querySelectorAll('td')].map((td) => textOf(td));
    // Partners' column, the total, two linked terms, no lost passage.
    expect(cells.slice(-3)).toEqual(['2', '2', '0']);
  });

  it('explains bad input in Dutch, keeps what was typed, and stores nothing', async () => {
    const response = await app.post('/dashboard/documenten', session, { titel: '', adressen: 'geen adres', uitgever: '', datum: '30-11-2024', ronde: '' });
    expect(response.status).toBe(400);
    const document = parsePage(await response.text());
    const alert = textOf(document.querySelector('[role="alert"]'));
    expect(alert).toContain('Vul een titel in');
    expect(alert).toContain('beginnend met http:// of https://');
    expect(alert).toContain('Vul een geldige datum in');
    expect(textOf(document.querySelector('#document-adressen'))).toBe('geen adres');
    expect(app.db.documents.all()).toEqual([]);
  });

  it('refuses a form without the CSRF token, and takes a document off the list with it', async () => {
    expect((await app.post('/dashboard/documenten', session, { titel: 'X', adressen: PAGE }, 'wrong')).status).toBe(403);
    expect(app.db.documents.all()).toEqual([]);
    await app.post('/dashboard/documenten', session, { titel: 'Voortgang', adressen: PAGE });
    const [stored] = app.db.documents.all();
    expect((await app.post(`/dashboard/documenten/${stored!.id}/verwijderen`, session, {}, 'wrong')).status).toBe(403);
    expect(app.db.documents.all()).toHaveLength(1);
    const removed = await app.post(`/dashboard/documenten/${stored!.id}/verwijderen`, session);
    expect(removed.status).toBe(303);
    expect(app.db.documents.all()).toEqual([]);
    const audit = await page('/dashboard/audit');
    expect(textOf(audit.querySelector('main'))).toContain('Document op de leeslijst gezet');
    expect(textOf(audit.querySelector('main'))).toContain('Document van de leeslijst gehaald');
  });
});
