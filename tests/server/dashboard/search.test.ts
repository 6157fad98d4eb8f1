import { describe, expect, it } from 'vitest';
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
    expect(textOf(document.querySelector('details'))).toContain('door:');
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
