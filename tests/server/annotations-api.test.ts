import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationPageSchema, annotationSchema } from '../../shared/schemas/annotation';
import { apiErrorSchema } from '../../shared/schemas/api-error';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';
import { UNPACKED_EXTENSION_ID } from '../../server/http/extension-cors';

const REPORT = 'https://www.example.nl/rapporten/voortgang.html';

let app: TestApp;
let councillor: string;
let colleague: string;
let partner: string;

beforeEach(() => {
  app = createTestApp();
  councillor = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
  colleague = app.addUser({ name: 'Bram Jansen', role: 'councillor', organisation: 'Gemeente Woerden' });
  partner = app.addUser({ name: 'Chris Bakker', role: 'partner', organisation: 'AKJ' });
});
afterEach(() => app.close());

async function create(token: string, body: unknown) {
  const response = await app.request('/api/annotations', { method: 'POST', token, json: body });
  return { response, json: (await response.json()) as Record<string, unknown> };
}

async function list(token: string, source = REPORT) {
  const response = await app.request(`/api/annotations?source=${encodeURIComponent(source)}`, { token });
  expect(response.status).toBe(200);
  return annotationPageSchema.parse(await response.json()).items;
}

describe('POST /api/annotations', () => {
  it('stores the annotation in the SQLite file and answers 201 with Location and ETag', async () => {
    const { response, json } = await create(councillor, sampleAnnotation(REPORT));
    expect(response.status).toBe(201);
    const annotation = annotationSchema.parse(json);
    // A fetchable IRI under the container, and the same as Location (W3C Protocol).
    expect(annotation.id).toMatch(/^http:\/\/localhost\/api\/annotations\/[0-9a-f-]{36}$/);
    expect(annotation.creator).toMatchObject({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
    expect(annotation['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(annotation.kind).toBe('question');
    expect(response.headers.get('Location')).toBe(annotation.id);
    expect(response.headers.get('ETag')).toMatch(/^".+"$/);

    const file = new BetterSqlite3(app.db.file, { readonly: true });
    const row = file.prepare('SELECT source, author_id FROM annotations').get() as { source: string };
    file.close();
    expect(row.source).toBe(REPORT);
  });

  it('stores one annotation when the same client id is sent twice', async () => {
    const id = 'urn:uuid:6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
    const first = await create(councillor, sampleAnnotation(REPORT, { id }));
    const second = await create(councillor, sampleAnnotation(REPORT, { id }));
    expect(first.response.status).toBe(201);
    expect(second.response.status).toBe(200);
    expect(second.json.id).toBe('http://localhost/api/annotations/6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f');
    expect(await list(councillor)).toHaveLength(1);
  });

  it('refuses a client id that another user already used', async () => {
    const id = '0d6b5c1e-2f3a-4b4c-8d5e-6f7a8b9c0d1e';
    await create(councillor, sampleAnnotation(REPORT, { id }));
    const { response } = await create(partner, sampleAnnotation(REPORT, { id }));
    expect(response.status).toBe(409);
  });

  it.each([
    ['no target', { target: undefined }, 'target'],
    ['an unknown motivation', { motivation: 'liking' }, 'motivation'],
    ['an empty remark', { body: [{ type: 'TextualBody', value: '   ' }] }, 'body'],
    ['a javascript: source', { target: { source: 'javascript:alert(1)' } }, 'target.source'],
    ['an unknown kind', { kind: 'rant' }, 'kind'],
    ['a position ending before it starts', { target: { source: REPORT, selector: { type: 'TextPositionSelector', start: 9, end: 3 } } }, 'target.selector.end'],
    ['a reply without an annotation id', { motivation: 'replying', target: 'not-an-id' }, 'target'],
  ])('answers 400 with the issue for %s', async (_name, overrides, path) => {
    const { response, json } = await create(councillor, sampleAnnotation(REPORT, overrides));
    expect(response.status).toBe(400);
    const error = apiErrorSchema.parse(json).error;
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((issue) => issue.path)).toContain(path);
  });

  it('answers 400 for malformed JSON and for a term that is not in the taxonomy', async () => {
    const malformed = await app.request('/api/annotations', {
      method: 'POST',
      token: councillor,
      headers: { 'Content-Type': 'application/json' },
      body: '{"type": "Annotation",',
    });
    expect(malformed.status).toBe(400);
    expect(apiErrorSchema.parse(await malformed.json()).error.code).toBe('invalid_json');

    const unknownTerm = await create(councillor, sampleAnnotation(REPORT, { body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'goal-99' }], motivation: 'highlighting' }));
    expect(unknownTerm.response.status).toBe(400);
    expect(apiErrorSchema.parse(unknownTerm.json).error.code).toBe('unknown_term');
  });

  it('answers 413 for a body over 1 MiB', async () => {
    const huge = sampleAnnotation(REPORT, { body: [{ type: 'TextualBody', value: 'x'.repeat(1024 * 1024 + 10) }] });
    const { response, json } = await create(councillor, huge);
    expect(response.status).toBe(413);
    expect(apiErrorSchema.parse(json).error.code).toBe('body_too_large');
  });
});

describe('GET /api/annotations?source=', () => {
  it('lists a document’s annotations as a W3C AnnotationPage, whatever the URL’s fragment or tracking parameters', async () => {
    await create(councillor, sampleAnnotation(`${REPORT}?utm_source=nieuwsbrief#doel-2`));
    await create(partner, sampleAnnotation('https://www.example.nl/rapporten/ander-rapport.html'));
    const response = await app.request(`/api/annotations?source=${encodeURIComponent(`${REPORT}#top`)}`, { token: partner });
    const page = annotationPageSchema.parse(await response.json());
    expect(page.type).toBe('AnnotationPage');
    expect(page.items).toHaveLength(1);
    expect(page.items[0]!.target).toMatchObject({ source: REPORT });
  });

  it('shows private annotations only to their author and organisation ones only within the organisation', async () => {
    await create(councillor, sampleAnnotation(REPORT, { visibility: 'private', body: [{ type: 'TextualBody', value: 'privé' }] }));
    await create(councillor, sampleAnnotation(REPORT, { visibility: 'organisation', body: [{ type: 'TextualBody', value: 'intern' }] }));
    await create(councillor, sampleAnnotation(REPORT, { visibility: 'round', body: [{ type: 'TextualBody', value: 'openbaar' }] }));
    const remarks = async (token: string) =>
      (await list(token)).map((item) => item.body.find((body) => body.type === 'TextualBody')?.value).sort();
    expect(await remarks(councillor)).toEqual(['intern', 'openbaar', 'privé']);
    expect(await remarks(colleague)).toEqual(['intern', 'openbaar']);
    expect(await remarks(partner)).toEqual(['openbaar']);
  });

  it('includes replies, which take their parent’s visibility', async () => {
    const parent = await create(councillor, sampleAnnotation(REPORT, { visibility: 'organisation' }));
    const reply = await create(colleague, {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'replying',
      body: { type: 'TextualBody', purpose: 'replying', value: 'Dat vraag ik ook.' },
      target: parent.json.id,
      visibility: 'round',
    });
    expect(reply.response.status).toBe(201);
    expect(reply.json).toMatchObject({ target: parent.json.id, visibility: 'organisation' });
    expect((await list(colleague)).map((item) => item.id)).toEqual([parent.json.id, reply.json.id]);
    expect(await list(partner)).toEqual([]);
  });

  it('refuses a reply to an annotation the author cannot see', async () => {
    const hidden = await create(councillor, sampleAnnotation(REPORT, { visibility: 'private' }));
    const reply = await create(partner, {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'replying',
      body: { type: 'TextualBody', value: 'Ik zie dit niet.' },
      target: hidden.json.id,
    });
    expect(reply.response.status).toBe(404);
  });

  it('answers 400 for a malformed filter', async () => {
    const response = await app.request('/api/annotations?kind=rant&limit=5000', { token: councillor });
    expect(response.status).toBe(400);
    const paths = apiErrorSchema.parse(await response.json()).error.issues?.map((issue) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(['kind', 'limit']));
  });
});

describe('GET /api/annotations/{id}', () => {
  it('returns a visible annotation with its ETag by bare UUID, urn:uuid or its IRI, and 404 for one the caller may not see', async () => {
    const created = await create(councillor, sampleAnnotation(REPORT, { visibility: 'private' }));
    const id = String(created.json.id);
    const uuid = id.slice(id.lastIndexOf('/') + 1);
    for (const path of [`/api/annotations/${uuid}`, `/api/annotations/${encodeURIComponent(`urn:uuid:${uuid}`)}`, `/api/annotations/${encodeURIComponent(id)}`]) {
      const response = await app.request(path, { token: councillor });
      expect(response.status).toBe(200);
      expect(response.headers.get('ETag')).toBe(created.response.headers.get('ETag'));
      expect(((await response.json()) as { id: string }).id).toBe(id);
    }
    expect((await app.request(`/api/annotations/${uuid}`, { token: partner })).status).toBe(404);
    expect((await app.request('/api/annotations/00000000-0000-4000-8000-000000000000', { token: councillor })).status).toBe(404);
  });
});

describe('authentication, the other routes and the limits', () => {
  it('answers /api/health without a token', async () => {
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it.each([
    ['no token', undefined],
    ['an unknown token', 'kl_unknown'],
  ])('answers 401 in the error shape for %s', async (_name, token) => {
    const response = await app.request('/api/me', token ? { token } : {});
    expect(response.status).toBe(401);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('unauthorized');
  });

  it('tells who is signed in', async () => {
    const response = await app.request('/api/me', { token: partner });
    expect(await response.json()).toMatchObject({ name: 'Chris Bakker', role: 'partner', organisation: 'AKJ' });
  });

  it('serves the taxonomy with the change agenda’s goals and actions', async () => {
    const taxonomy = (await (await app.request('/api/taxonomy', { token: partner })).json()) as {
      version: number;
      terms: { id: string; kind: string; code: string; parent?: string }[];
    };
    expect(taxonomy.version).toBe(1);
    expect(taxonomy.terms.filter((term) => term.kind === 'goal').map((term) => term.code)).toEqual(['1', '2', '3']);
    expect(taxonomy.terms.find((term) => term.code === '2.1')?.parent).toBe('http://localhost/api/taxonomy/terms/goal-2');
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const response = await app.request('/api/nothing-here', { token: partner });
    expect(response.status).toBe(404);
    expect(apiErrorSchema.parse(await response.json()).error.code).toBe('not_found');
  });

  it('rate-limits per token with 429 and Retry-After', async () => {
    const limited = createTestApp({ rateLimitPerMinute: 3 });
    try {
      const token = limited.addUser({ name: 'Dana', role: 'councillor', organisation: 'Gemeente Utrecht' });
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await limited.request('/api/me', { token })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const response = await limited.request('/api/me', { token });
      expect(Number(response.headers.get('Retry-After'))).toBeGreaterThan(0);
    } finally {
      limited.close();
    }
  });

  it('allows CORS for the extension’s origin only', async () => {
    const preflight = (origin: string) =>
      app.request('/api/annotations', {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' },
      });
    const extension = await preflight(`chrome-extension://${UNPACKED_EXTENSION_ID}`);
    expect(extension.headers.get('Access-Control-Allow-Origin')).toBe(`chrome-extension://${UNPACKED_EXTENSION_ID}`);
    const website = await preflight('https://evil.example');
    expect(website.headers.get('Access-Control-Allow-Origin')).toBeNull();
  });
});

describe('token guessing', () => {
  it('is refused with 429 after too many failed sign-ins from one address, also with a fresh token each time', async () => {
    const guarded = createTestApp({ rateLimitPerMinute: 600 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 25; i++) statuses.push((await guarded.request('/api/me', { token: `kl_guess${i}` })).status);
      expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
      expect(statuses.slice(20)).toEqual([429, 429, 429, 429, 429]);
      const blocked = await guarded.request('/api/me', { token: 'kl_guess-again' });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('Retry-After'))).toBeGreaterThan(0);
      // A valid token from the same address still passes (see token-limits.test.ts).
      const real = guarded.addUser({ name: 'Eva', role: 'partner', organisation: 'AKJ' });
      expect((await guarded.request('/api/me', { token: real })).status).toBe(200);
    } finally {
      guarded.close();
    }
  });
});

describe('list pages are cached per reader and kept fresh', () => {
  it('answers 304 to a matching If-None-Match, and shows every change at once', async () => {
    const path = `/api/annotations?source=${encodeURIComponent(REPORT)}`;
    const first = await app.request(path, { token: partner });
    const etag = first.headers.get('ETag')!;
    expect(etag).toMatch(/^"p-/);
    expect((await app.request(path, { token: partner, headers: { 'If-None-Match': etag } })).status).toBe(304);

    const created = await create(councillor, sampleAnnotation(`${REPORT}#ergens`));
    const second = await app.request(path, { token: partner, headers: { 'If-None-Match': etag } });
    expect(second.status).toBe(200);
    expect(annotationPageSchema.parse(await second.json()).items.map((item) => item.id)).toEqual([created.json.id]);

    const secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
    await app.request(`/api/annotations/${encodeURIComponent(String(created.json.id))}/hide`, { method: 'POST', token: secretariat, json: { reason: 'test' } });
    expect(annotationPageSchema.parse(await (await app.request(path, { token: partner })).json()).items).toEqual([]);
    expect(annotationPageSchema.parse(await (await app.request(path, { token: councillor })).json()).items[0]?.moderation?.reason).toBe('test');

    const visible = await create(councillor, sampleAnnotation(REPORT));
    expect(annotationPageSchema.parse(await (await app.request(path, { token: partner })).json()).items[0]?.creator.name).toBe('Anna de Vries');
    await app.request('/api/me', { method: 'DELETE', token: councillor });
    const afterDeletion = annotationPageSchema.parse(await (await app.request(path, { token: partner })).json()).items;
    expect(afterDeletion.map((item) => [item.id, item.creator.name])).toEqual([[visible.json.id, 'Verwijderd account']]);
  });
});
