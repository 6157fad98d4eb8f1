import { describe, expect, it } from 'vitest';
import { replyTo } from '../../helpers/api-fixtures';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { signedInDashboardEachTest } from './signed-in-dashboard';
import { parsePage, textOf } from './parse-page';

let app: DashboardTestApp;
let session: TestSession;
let anna: string;
let bram: string;
signedInDashboardEachTest((fresh, signedIn) => {
  app = fresh;
  session = signedIn;
  anna = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' }).token;
  bram = app.addUser({ name: 'Bram <b>Mulder</b>', role: 'partner', organisation: 'AKJ' }).token;
});

async function searchPage(q: string): Promise<{ html: string; document: ReturnType<typeof parsePage> }> {
  const response = await app.request(`/dashboard/zoeken?q=${encodeURIComponent(q)}`, { cookie: session.cookie });
  expect(response.status).toBe(200);
  const html = await response.text();
  return { html, document: parsePage(html) };
}

describe('the dashboard search page', () => {
  it('is in the menu, has a labelled search box and says how to search', async () => {
    const { document } = await searchPage('');
    expect(document.querySelector('nav a[href="/dashboard/zoeken"]')).not.toBeNull();
    const input = document.querySelector('input[type="search"][name="q"]');
    expect(textOf(document.querySelector(`label[for="${input?.getAttribute('id')}"]`))).toBe('Zoekwoorden');
    // The short hint is the box's description and explains the one facet most need, with an example.
    const hint = document.getElementById(input?.getAttribute('aria-describedby') ?? '');
    expect(textOf(hint)).toContain('Typ door: en de naam, bijvoorbeeld door:Woerden.');
    // Every other facet is explained in words, with its English name.
    const tips = textOf(document.querySelector('details'));
    for (const facet of ['label:', 'citaat:', 'term:', 'In het Engels: by:', 'In het Engels: tag:', 'In het Engels: quote:']) expect(tips).toContain(facet);
    expect(document.querySelector('table')).toBeNull();
  });

  it('finds across documents with facets, marks the words, and shows markup in remarks and names as text', async () => {
    await app.annotate(anna, 'Hoe staat het met de <script>alert(1)</script> wachtlijsten?', { source: 'https://www.svmn.nl/a.html' });
    await app.annotate(bram, 'Wachtlijsten in de regio dalen.', { source: 'https://www.svmn.nl/b.html' });
    await app.annotate(bram, 'Iets heel anders.', { source: 'https://www.svmn.nl/b.html' });
    const all = await searchPage('wachtlijst');
    expect(all.html).not.toContain('<script>alert');
    expect(all.html).not.toContain('<b>Mulder');
    const rows = [...all.document.querySelectorAll('tbody tr')];
    expect(rows).toHaveLength(2);
    expect([...all.document.querySelectorAll('tbody mark')].map((mark) => textOf(mark)).sort()).toEqual(['Wachtlijsten', 'wachtlijsten']);
    expect(rows.some((row) => textOf(row).includes('<script>alert(1)</script>'))).toBe(true);
    expect(textOf(all.document.querySelector('[role="status"]'))).toBe('2 opmerkingen gevonden, de beste eerst.');

    const byWoerden = await searchPage('door:Woerden wachtlijst');
    expect(byWoerden.document.querySelectorAll('tbody tr')).toHaveLength(1);
    expect(textOf(byWoerden.document.querySelector('tbody tr'))).toContain('Anna de Vries');

    const none = await searchPage('"');
    expect(textOf(none.document.querySelector('[role="status"]'))).toContain('Niets gevonden');
  });

  it('names each result’s document by its registered title, else by a short address, linked to the full address', async () => {
    const registered = 'https://www.svmn.nl/media/2024/11/voortgangsrapportage-najaar-def.pdf';
    const unregistered = 'https://raad.woerden.nl/stukken/bijlagen/2024/jeugdhulp-rapport.html';
    const created = await app.request('/api/documents', { method: 'POST', bearer: app.secretariat.token, json: { title: 'Voortgangsrapportage najaar 2024', urls: [registered] } });
    expect(created.status).toBe(201);
    const remark = await app.annotate(anna, 'Wachtlijsten in het najaar.', { source: registered });
    await app.annotate(bram, 'Wachtlijsten bij de gemeente.', { source: unregistered });
    // A reply names its document too, though it targets the remark it answers.
    expect((await app.request('/api/annotations', { method: 'POST', bearer: bram, json: replyTo(remark.id, 'De wachtlijst wordt elk kwartaal gemeten.') })).status).toBe(201);
    const { document } = await searchPage('wachtlijst');
    const names = [...document.querySelectorAll('tbody .document-name')].map((link) => [textOf(link), link.getAttribute('href')]);
    expect(names.sort()).toEqual([
      ['Voortgangsrapportage najaar 2024', registered],
      ['Voortgangsrapportage najaar 2024', registered],
      ['raad.woerden.nl/…/jeugdhulp-rapport.html', unregistered],
    ]);
    expect(textOf(document.querySelector('tbody'))).not.toContain('https://');
  });

  it('never shows someone else’s private remark, also not to the secretariat', async () => {
    await app.annotate(anna, 'Privé notitie over gezinshuizen.', { visibility: 'private' });
    await app.annotate(anna, 'Gedeelde opmerking over gezinshuizen.');
    const { document } = await searchPage('gezinshuizen');
    const texts = [...document.querySelectorAll('tbody tr')].map((row) => textOf(row));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toContain('Gedeelde opmerking');
  });

  it('needs a signed-in secretariat session', async () => {
    const response = await app.request('/dashboard/zoeken?q=melding');
    expect([302, 303]).toContain(response.status);
  });
});
