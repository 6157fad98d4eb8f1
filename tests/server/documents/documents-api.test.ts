import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationPageSchema } from '../../../shared/schemas/annotation';
import { documentListSchema } from '../../../shared/schemas/document';
import { bodyOf, expectApiError, mustCreate, ManualClock, MINUTE } from '../../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../../helpers/test-app';

const PAGE = 'https://www.svmn.nl/rapporten/voortgang-2024?utm_source=mail#samenvatting';
const PDF = 'https://raad.utrecht.nl/stukken/voortgang-2024.pdf';

let app: TestApp;
let clock: ManualClock;
let secretariat: string;
let councillor: string;
let partner: string;

beforeEach(() => {
  clock = new ManualClock('2026-03-01T09:00:00.000Z');
  app = createTestApp({ clock: clock.now });
  secretariat = app.addUser({ role: 'secretariat', name: 'Griffie', organisation: 'Secretariaat' });
  councillor = app.addUser({ role: 'councillor', name: 'Sanne Bakker', organisation: 'Gemeente Woerden' });
  partner = app.addUser({ role: 'partner', name: 'Ali Yilmaz', organisation: 'Raad voor de Kinderbescherming' });
});
afterEach(() => app.close());

async function register(body: unknown, token = secretariat): Promise<Response> {
  return app.request('/api/documents', { method: 'POST', token, json: body });
}

async function readingList(token: string, query = ''): Promise<ReturnType<typeof documentListSchema.parse>['items']> {
  const response = await app.request(`/api/documents${query}`, { token });
  expect(response.status).toBe(200);
  return documentListSchema.parse(await response.json()).items;
}

async function listAt(token: string, source: string): Promise<string[]> {
  const response = await app.request(`/api/annotations?source=${encodeURIComponent(source)}`, { token });
  expect(response.status).toBe(200);
  return annotationPageSchema.parse(await response.json()).items.map((item) => item.id);
}

describe('registering documents', () => {
  it('stores a document with its URLs normalised as annotation sources are, each once', async () => {
    const response = await register({ title: 'Voortgangsrapportage 2024', urls: [PAGE, PDF, 'https://www.svmn.nl/rapporten/voortgang-2024'], publisher: 'SVMN', date: '2024-11-30' });
    expect(response.status).toBe(201);
    const created = (await bodyOf(response)) as { id: string; title: string; urls: string[]; publisher: string; date: string };
    expect(created).toMatchObject({ title: 'Voortgangsrapportage 2024', publisher: 'SVMN', date: '2024-11-30' });
    expect(created.urls).toEqual(['https://www.svmn.nl/rapporten/voortgang-2024', PDF]);
    expect(response.headers.get('Location')).toBe(`/api/documents/${created.id}`);
    const again = await app.request(`/api/documents/${created.id}`, { token: councillor });
    expect(((await bodyOf(again)) as { urls: string[] }).urls).toEqual(created.urls);
  });

  it('lets only the secretariat register, and refuses bad input with the issues named', async () => {
    await expectApiError(await register({ title: 'X', urls: [PDF] }, councillor), 403, 'forbidden');
    const bad = await expectApiError(await register({ title: '', urls: ['javascript:alert(1)'], date: '30-11-2024' }), 400, 'invalid_input');
    expect(bad.issues?.map((issue) => issue.path).sort()).toEqual(['date', 'title', 'urls.0']);
    await expectApiError(await register({ title: 'Leeg', urls: [] }), 400, 'invalid_input');
    await expectApiError(await register({ title: 'Ronde', urls: [PDF], round: 'geen-ronde' }), 400, 'unknown_round');
    expect(await readingList(councillor)).toEqual([]);
  });

  it('refuses a URL that already names another document, and allows it again once removed', async () => {
    const first = (await bodyOf(await register({ title: 'Eerste', urls: [PDF] }))) as { id: string };
    await expectApiError(await register({ title: 'Tweede', urls: [`${PDF}#pagina=3`] }), 409, 'url_taken');
    const renamed = await app.request(`/api/documents/${first.id}`, { method: 'PUT', token: secretariat, json: { title: 'Eerste, herzien', urls: [PDF, PAGE] } });
    expect(renamed.status).toBe(200);
    expect(await readingList(partner)).toMatchObject([{ title: 'Eerste, herzien', urls: [PDF, 'https://www.svmn.nl/rapporten/voortgang-2024'] }]);
    await expectApiError(await app.request(`/api/documents/${first.id}`, { method: 'DELETE', token: councillor }), 403);
    expect((await app.request(`/api/documents/${first.id}`, { method: 'DELETE', token: secretariat })).status).toBe(204);
    expect((await register({ title: 'Tweede', urls: [PDF] })).status).toBe(201);
    await expectApiError(await app.request(`/api/documents/${first.id}`, { method: 'DELETE', token: secretariat }), 404, 'not_found');
  });

  it('filters the list by round', async () => {
    const round = (await bodyOf(await app.request('/api/rounds', { method: 'POST', token: secretariat, json: { title: 'Voorjaar', opensAt: '2026-02-01T00:00:00Z', closesAt: '2026-06-01T00:00:00Z' } }))) as { id: string };
    await register({ title: 'In de ronde', urls: [PDF], round: round.id });
    await register({ title: 'Daarbuiten', urls: [PAGE] });
    expect((await readingList(councillor, `?round=${round.id}`)).map((item) => item.title)).toEqual(['In de ronde']);
    expect(await readingList(councillor)).toHaveLength(2);
  });
});

describe('one document at several URLs', () => {
  it('lists the annotations made at any of its URLs under each of them', async () => {
    await register({ title: 'Voortgang', urls: [PAGE, PDF] });
    const onPage = await mustCreate(app, councillor, sampleAnnotation(PAGE));
    const onPdf = await mustCreate(app, partner, sampleAnnotation(PDF));
    const elsewhere = await mustCreate(app, partner, sampleAnnotation('https://example.org/ander-rapport'));
    for (const url of [PAGE, PDF, 'https://WWW.svmn.nl/rapporten/voortgang-2024']) {
      const ids = await listAt(councillor, url);
      expect(ids.sort()).toEqual([onPage.id, onPdf.id].sort());
      expect(ids).not.toContain(elsewhere.id);
    }
  });

  it('counts what the reader may see, their own, and what others added since their last visit', async () => {
    const doc = (await bodyOf(await register({ title: 'Voortgang', urls: [PAGE, PDF] }))) as { id: string };
    await mustCreate(app, councillor, sampleAnnotation(PAGE));
    const partners = await mustCreate(app, partner, sampleAnnotation(PDF));
    await mustCreate(app, partner, sampleAnnotation(PDF, { visibility: 'private' }));
    clock.advance(MINUTE);
    await mustCreate(app, partner, { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'replying', body: [{ type: 'TextualBody', purpose: 'replying', value: 'Dank.' }], target: partners.id });
    // Remarks on the document and replies are counted apart too, so every screen can name them apart.
    expect(await readingList(councillor)).toMatchObject([{ id: doc.id, annotations: 3, remarks: 2, replies: 1, mine: 1, new: 2, lastVisit: null }]);
    expect(await readingList(partner)).toMatchObject([{ annotations: 4, remarks: 3, replies: 1, mine: 3, new: 1 }]);

    clock.advance(MINUTE);
    await listAt(councillor, PDF);
    expect(await readingList(councillor)).toMatchObject([{ annotations: 3, mine: 1, new: 0, lastVisit: clock.iso() }]);

    clock.advance(MINUTE);
    await mustCreate(app, partner, sampleAnnotation(PAGE));
    await mustCreate(app, councillor, sampleAnnotation(PAGE));
    expect(await readingList(councillor)).toMatchObject([{ annotations: 5, mine: 2, new: 1 }]);
    clock.advance(MINUTE);
    await listAt(councillor, PAGE);
    expect(await readingList(councillor)).toMatchObject([{ new: 0 }]);
    // The partner's visit is theirs alone.
    expect(await readingList(partner)).toMatchObject([{ new: 2 }]);
  });
});

describe('visits are personal data', () => {
  it('are in the reader’s export and go with their account', async () => {
    const doc = (await bodyOf(await register({ title: 'Voortgang', urls: [PDF] }))) as { id: string };
    await listAt(councillor, PDF);
    const exported = (await bodyOf(await app.request('/api/me/export', { token: councillor }))) as { documentVisits: unknown[] };
    expect(exported.documentVisits).toEqual([{ documentId: doc.id, visitedAt: clock.iso() }]);
    const me = (await bodyOf(await app.request('/api/me', { token: councillor }))) as { id: string };
    expect(app.db.documents.visitsOf(me.id)).toHaveLength(1);
    expect((await app.request('/api/me', { method: 'DELETE', token: councillor })).status).toBeLessThan(300);
    expect(app.db.documents.visitsOf(me.id)).toEqual([]);
  });
});
