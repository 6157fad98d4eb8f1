import { describe, expect, it } from 'vitest';
import { hypothesisAnnotation, hypothesisExport, w3cCollection, w3cRemark } from '../import/import-samples';
import type { DashboardTestApp, TestSession } from './dashboard-test-app';
import { parsePage, textOf } from './parse-page';
import { openPage, signedInDashboardEachTest } from './signed-in-dashboard';

let app: DashboardTestApp;
let session: TestSession;
signedInDashboardEachTest((fresh, signedIn) => void ([app, session] = [fresh, signedIn]));

/** Uploads `content` as the import form does (multipart, with the CSRF token unless `csrf` is null). */
function upload(content: string, fields: Record<string, string> = {}, csrf: string | null = session.csrf) {
  const form = new FormData();
  if (csrf !== null) form.set('_csrf', csrf);
  form.set('bestand', new File([content], 'annotaties.json', { type: 'application/json' }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return app.request('/dashboard/importeren', { method: 'POST', cookie: session.cookie, body: form });
}

/** The import id the confirm form of a report page carries. */
function importIdOf(html: string): string {
  const id = parsePage(html).querySelector('form.confirm-import input[name="import"]')?.getAttribute('value');
  if (!id) throw new Error('no confirm form on the page');
  return id;
}

const exportFile = () => JSON.stringify(hypothesisExport([hypothesisAnnotation('Root000001'), hypothesisAnnotation('Reply00001', { references: ['Root000001'], target: [{ source: 'https://rapporten.svmn.example/raadsbrief-juni' }], text: 'Zes weken.', tags: [] })]));

async function annotationTotal(): Promise<number> {
  const response = await app.request('/api/annotations/', { bearer: app.secretariat.token });
  return ((await response.json()) as { total: number }).total;
}

describe('the import page', () => {
  it('is in the menu and offers a file field and the rounds', async () => {
    const page = await openPage(app, session, '/dashboard/importeren');
    expect(page.querySelector('nav a[aria-current="page"]')?.getAttribute('href')).toBe('/dashboard/importeren');
    expect(page.querySelector('input[type="file"][name="bestand"]')).not.toBeNull();
    expect(textOf(page.querySelector('label[for="import-ronde"]'))).toBe('Ronde');
  });

  it('checks an upload first (nothing created), imports on confirmation, and a second upload creates nothing', async () => {
    const checked = await upload(exportFile());
    expect(checked.status).toBe(200);
    const html = await checked.text();
    const report = parsePage(html);
    expect(textOf(report.querySelector('#import-verslag'))).toBe('Wat de import doet');
    expect([...report.querySelectorAll('h3')].map(textOf)).toEqual(expect.arrayContaining(['Wordt gemaakt: 2 annotaties', 'Overgeslagen: 0 annotaties', 'Documenten', 'Passages']));
    expect(textOf(report.querySelector('main'))).toContain('wordt op de leeslijst gezet');
    expect(textOf(report.querySelector('main'))).toContain('De server bewaart de tekst van documenten niet');
    expect(await annotationTotal()).toBe(0);

    const done = await app.post('/dashboard/importeren/bevestigen', session, { import: importIdOf(html) });
    expect(done.status).toBe(200);
    const result = parsePage(await done.text());
    expect(textOf(result.querySelector('[role="status"]'))).toBe('2 annotaties geïmporteerd.');
    expect(await annotationTotal()).toBe(2);
    expect(app.db.documents.all().map((document) => document.title)).toEqual(['Raadsbrief juni: voortgang veiligheidsketen']);

    // The same confirmation once more does nothing: a checked file is used once.
    const replay = await app.post('/dashboard/importeren/bevestigen', session, { import: importIdOf(html) });
    expect(replay.status).toBe(400);
    expect(textOf(parsePage(await replay.text()).querySelector('[role="alert"]'))).toContain('verlopen of al gebruikt');

    const again = parsePage(await (await upload(exportFile())).text());
    expect([...again.querySelectorAll('h3')].map(textOf)).toEqual(expect.arrayContaining(['Wordt gemaakt: 0 annotaties', 'Overgeslagen: 2 annotaties']));
    expect(textOf(again.querySelector('main'))).toContain('Al geïmporteerd.');
    expect(again.querySelector('form.confirm-import button')?.hasAttribute('disabled')).toBe(true);
    expect(await annotationTotal()).toBe(2);
  });

  it('says in Dutch what is wrong with a bad file, and with no file at all', async () => {
    const bad = await upload('{ geen json');
    expect(bad.status).toBe(400);
    expect(textOf(parsePage(await bad.text()).querySelector('[role="alert"]'))).toContain('geen geldige JSON');
    const other = await upload(JSON.stringify({ naam: 'iets' }));
    expect(textOf(parsePage(await other.text()).querySelector('[role="alert"]'))).toContain('Kies een JSON-bestand');
    const form = new FormData();
    form.set('_csrf', session.csrf);
    const none = await app.request('/dashboard/importeren', { method: 'POST', cookie: session.cookie, body: form });
    expect(none.status).toBe(400);
    expect(textOf(parsePage(await none.text()).querySelector('[role="alert"]'))).toContain('Kies eerst een bestand.');
    // A round field that no list offers (the form's select only has round ids) is refused, and nothing is checked.
    const tampered = await upload(exportFile(), { ronde: 'x'.repeat(65) });
    expect(tampered.status).toBe(400);
    expect(textOf(parsePage(await tampered.text()).querySelector('[role="alert"]'))).toContain('Kies een ronde uit de lijst.');
    expect(await annotationTotal()).toBe(0);
  });

  it('refuses an upload without the form token, a confirmation by someone else, and a file over 4 MB', async () => {
    expect((await upload(exportFile(), {}, null)).status).toBe(403);
    const html = await (await upload(JSON.stringify(w3cCollection([w3cRemark('https://ander.example/anno/1', 'eerste', 'Een')])))).text();
    const { token } = app.addUser({ name: 'Bram', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' });
    const bram = await app.signIn(token);
    const stolen = await app.post('/dashboard/importeren/bevestigen', bram, { import: importIdOf(html) });
    expect(stolen.status).toBe(400);
    expect(await annotationTotal()).toBe(0);
    const huge = await upload(' '.repeat(4 * 1024 * 1024 + 20 * 1024));
    expect(huge.status).toBe(413);
  });

  it('is not reachable without a secretariat session', async () => {
    const anonymous = await app.request('/dashboard/importeren');
    expect(anonymous.status).toBe(303);
    const { token } = app.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
    await expect(app.signIn(token)).rejects.toThrow();
  });
});
