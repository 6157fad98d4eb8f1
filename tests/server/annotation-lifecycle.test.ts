import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationSchema, type Annotation } from '../../shared/schemas/annotation';
import {
  HOUR,
  MINUTE,
  ManualClock,
  bodyOf,
  expectApiError,
  getAnnotation,
  listAll,
  listPage,
  listedIds,
  mustCreate,
  mustCreateRound,
  putAnnotation,
  remarkOf,
  replyTo,
  uuidOf,
  whoIs,
} from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const REPORT = 'https://www.example.nl/rapporten/voortgang.html';
const OTHER_REPORT = 'https://www.example.nl/rapporten/jaarverslag.html';

let clock: ManualClock;
let app: TestApp;
/** Anna, councillor in Woerden: the author in most tests. */
let anna: string;
/** Bram, councillor in Woerden too. */
let bram: string;
/** Chris, partner at AKJ. */
let chris: string;
/** Dewi, respondent at the GGD: a third party who merely reads. */
let dewi: string;
let secretariat: string;

beforeEach(() => {
  clock = new ManualClock('2025-03-01T09:00:00.000Z');
  app = createTestApp({ clock: clock.now });
  anna = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
  bram = app.addUser({ name: 'Bram Jansen', role: 'councillor', organisation: 'Gemeente Woerden' });
  chris = app.addUser({ name: 'Chris Bakker', role: 'partner', organisation: 'AKJ' });
  dewi = app.addUser({ name: 'Dewi Smit', role: 'respondent', organisation: 'GGD regio Utrecht' });
  secretariat = app.addUser({ name: 'Sanne Secretaris', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' });
});
afterEach(() => app.close());

/** The annotation as a client would send it to replace `current`: same document, new content. */
function replacement(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return sampleAnnotation(REPORT, {
    body: [
      { type: 'TextualBody', purpose: 'commenting', value: 'Herziene opmerking over de planning.', format: 'text/plain', language: 'nl' },
      { type: 'SpecificResource', purpose: 'classifying', source: 'action-1-2' },
    ],
    kind: 'concern',
    visibility: 'organisation',
    ...overrides,
  });
}

describe('PUT /api/annotations/{id}', () => {
  it('lets the author replace body, kind, visibility, terms and selector; version, ETag and modified change', async () => {
    const created = await mustCreate(app, anna, sampleAnnotation(REPORT));
    clock.advance(5 * MINUTE);

    const newSelector = [{ type: 'TextQuoteSelector', exact: 'In het najaar', prefix: 'gemeente. ', suffix: ' volgt' }];
    const response = await putAnnotation(app, anna, created.id, replacement({ target: { source: REPORT, selector: newSelector } }));
    expect(response.status).toBe(200);
    const updated = annotationSchema.parse(await response.json());

    expect(updated.id).toBe(created.id);
    expect(remarkOf(updated)).toBe('Herziene opmerking over de planning.');
    expect(updated.body).toContainEqual({ type: 'SpecificResource', purpose: 'classifying', source: 'http://localhost/api/taxonomy/terms/action-1-2' });
    expect(updated.body).not.toContainEqual(expect.objectContaining({ source: 'goal-2' }));
    expect(updated.kind).toBe('concern');
    expect(updated.visibility).toBe('organisation');
    expect(updated.target).toEqual({ source: REPORT, selector: newSelector });
    expect(updated.created).toBe(created.created);
    expect(updated.modified).toBe('2025-03-01T09:05:00.000Z');
    expect(updated.modified).not.toBe(created.modified);
    expect(updated.creator).toEqual(created.creator);

    const etag = response.headers.get('ETag');
    expect(etag).toMatch(/^".+"$/);
    expect(etag).not.toBe(created.etag);

    const fetched = await getAnnotation(app, anna, created.id);
    expect(fetched.headers.get('ETag')).toBe(etag);
    expect(annotationSchema.parse(await fetched.json())).toEqual(updated);

    // The term links were replaced, not added to.
    expect(await listedIds(app, anna, REPORT, '&term=action-1-2')).toEqual([created.id]);
    expect(await listedIds(app, anna, REPORT, '&term=goal-2')).toEqual([]);
    // The new visibility applies: a partner outside Woerden no longer sees it, a colleague does.
    expect(await listedIds(app, chris, REPORT)).toEqual([]);
    expect(await listedIds(app, bram, REPORT)).toEqual([created.id]);
  });

  it('drops the kind when the replacement has none (a PUT replaces, it does not merge)', async () => {
    const created = await mustCreate(app, anna, sampleAnnotation(REPORT));
    const withoutKind = replacement();
    delete withoutKind.kind;
    const response = await putAnnotation(app, anna, created.id, withoutKind);
    expect(response.status).toBe(200);
    const updated = annotationSchema.parse(await response.json());
    expect(updated.kind).toBeUndefined();
    expect(await listedIds(app, anna, REPORT, '&kind=question')).toEqual([]);
  });

  it('gives every successive version a different ETag', async () => {
    const created = await mustCreate(app, anna, sampleAnnotation(REPORT));
    const etags = [created.etag];
    for (let i = 0; i < 3; i++) {
      clock.advance(MINUTE);
      const response = await putAnnotation(app, anna, created.id, replacement({ body: { type: 'TextualBody', value: `Versie ${i + 2}` } }));
      expect(response.status).toBe(200);
      etags.push(response.headers.get('ETag') ?? '');
    }
    expect(new Set(etags).size).toBe(4);
  });

  it.each([
    ['the current ETag', (current: string) => current, 200],
    ['`*`', () => '*', 200],
    ['a list that includes the current ETag', (current: string) => `"something-else", ${current}`, 200],
    ['a stale ETag', (_current: string, stale: string) => stale, 412],
    ['an ETag of another annotation', () => '"00000000-0000-4000-8000-000000000000.2"', 412],
    ['a made-up value', () => 'garbage', 412],
  ])('honours If-Match with %s', async (_name, ifMatch, status) => {
    const created = await mustCreate(app, anna, sampleAnnotation(REPORT));
    clock.advance(MINUTE);
    const first = await putAnnotation(app, anna, created.id, replacement({ body: { type: 'TextualBody', value: 'Tweede versie' } }));
    expect(first.status).toBe(200);
    const current = first.headers.get('ETag') ?? '';

    clock.advance(MINUTE);
    const response = await putAnnotation(app, anna, created.id, replacement({ body: { type: 'TextualBody', value: 'Derde versie' } }), ifMatch(current, created.etag));
    const stored = annotationSchema.parse(await (await getAnnotation(app, anna, created.id)).json());
    if (status === 200) {
      expect(response.status).toBe(200);
      expect(response.headers.get('ETag')).not.toBe(current);
      expect(remarkOf(stored)).toBe('Derde versie');
    } else {
      await expectApiError(response, 412, 'version_conflict');
      expect(remarkOf(stored)).toBe('Tweede versie');
      expect(stored.modified).toBe('2025-03-01T09:01:00.000Z');
    }
  });

  it.each([
    ['round', () => chris, 403],
    ['round', () => secretariat, 403],
    ['organisation', () => bram, 403],
    ['organisation', () => chris, 404],
    ['private', () => bram, 404],
    ['private', () => secretariat, 404],
  ] as const)('answers someone else’s %s annotation with the right status (%#)', async (visibility, who, status) => {
    const created = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility }));
    const response = await putAnnotation(app, who(), created.id, replacement({ visibility }));
    await expectApiError(response, status, status === 403 ? 'forbidden' : 'not_found');
    const stored = annotationSchema.parse(await (await getAnnotation(app, anna, created.id)).json());
    expect(remarkOf(stored)).toBe('Wat is hier de planning?');
    expect(stored.modified).toBe(created.modified);
  });

  it('answers 404 for an unknown id and for an id that is not a UUID', async () => {
    await expectApiError(await putAnnotation(app, anna, '00000000-0000-4000-8000-000000000000', replacement()), 404, 'not_found');
    await expectApiError(await putAnnotation(app, anna, 'niet-een-uuid', replacement()), 404, 'not_found');
  });

  it('moves an annotation to another document when a PUT names another target (W3C: PUT replaces the target)', async () => {
    const created = await mustCreate(app, anna, sampleAnnotation(REPORT));
    const response = await putAnnotation(app, anna, created.id, replacement({ target: { source: OTHER_REPORT } }));
    expect(response.status).toBe(200);
    expect(await listedIds(app, anna, REPORT)).toEqual([]);
    expect(await listedIds(app, anna, OTHER_REPORT)).toEqual([created.id]);
  });

  it('refuses to turn a reply into a document annotation, and a reply keeps its parent’s visibility', async () => {
    const parent = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'organisation' }));
    clock.advance(MINUTE);
    const reply = await mustCreate(app, bram, replyTo(parent.id, 'Eens.'));
    expect(reply.visibility).toBe('organisation');

    const toDocument = await putAnnotation(app, bram, reply.id, sampleAnnotation(REPORT, { body: { type: 'TextualBody', value: 'Nu los' } }));
    await expectApiError(toDocument, 400);

    clock.advance(MINUTE);
    const edited = await putAnnotation(app, bram, reply.id, replyTo(parent.id, 'Eens, en ook over de termijn.', { visibility: 'private' }));
    expect(edited.status).toBe(200);
    const json = annotationSchema.parse(await edited.json());
    expect(json).toMatchObject({ target: parent.id, visibility: 'organisation', motivation: 'replying' });
    expect(remarkOf(json)).toBe('Eens, en ook over de termijn.');
    // Anna, who wrote the parent, still sees the reply: it did not become private.
    expect(await listedIds(app, anna, REPORT)).toEqual([parent.id, reply.id]);

    // Pointing the reply at another annotation does not move it either.
    clock.advance(MINUTE);
    const other = await mustCreate(app, anna, sampleAnnotation(REPORT));
    const moved = await putAnnotation(app, bram, reply.id, replyTo(other.id, 'Verhuisd?'));
    if (moved.status === 200) expect(annotationSchema.parse(await moved.json()).target).toBe(parent.id);
    else await expectApiError(moved, 400);
  });

  it('makes the replies private when the parent becomes private, and shared again when it is shared again', async () => {
    const parent = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'round' }));
    clock.advance(MINUTE);
    const fromBram = await mustCreate(app, bram, replyTo(parent.id, 'Reactie van Bram'));
    clock.advance(MINUTE);
    const fromChris = await mustCreate(app, chris, replyTo(parent.id, 'Reactie van Chris'));
    clock.advance(MINUTE);
    const nested = await mustCreate(app, bram, replyTo(fromChris.id, 'Reactie op Chris'));
    expect(await listedIds(app, dewi, REPORT)).toEqual([parent.id, fromBram.id, fromChris.id, nested.id]);

    clock.advance(MINUTE);
    const response = await putAnnotation(app, anna, parent.id, replacement({ visibility: 'private' }));
    expect(response.status).toBe(200);

    expect(await listedIds(app, dewi, REPORT)).toEqual([]);
    await expectApiError(await getAnnotation(app, dewi, fromBram.id), 404, 'not_found');
    await expectApiError(await getAnnotation(app, dewi, nested.id), 404, 'not_found');
    // Chris no longer sees Bram's replies, only his own one.
    expect(await listedIds(app, chris, REPORT)).toEqual([fromChris.id]);
    const own = annotationSchema.parse(await (await getAnnotation(app, chris, fromChris.id)).json());
    expect(own.visibility).toBe('private');

    clock.advance(MINUTE);
    expect((await putAnnotation(app, anna, parent.id, replacement({ visibility: 'round' }))).status).toBe(200);
    expect(await listedIds(app, dewi, REPORT)).toEqual([parent.id, fromBram.id, fromChris.id, nested.id]);
  });
  it('gives a reply a new ETag when its visibility follows its parent (its representation changed)', async () => {
    const parent = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'round' }));
    clock.advance(MINUTE);
    const reply = await mustCreate(app, chris, replyTo(parent.id, 'Reactie van Chris'));
    const before = await getAnnotation(app, chris, reply.id);
    const etagBefore = before.headers.get('ETag');
    expect(annotationSchema.parse(await before.json()).visibility).toBe('round');

    clock.advance(MINUTE);
    expect((await putAnnotation(app, anna, parent.id, replacement({ visibility: 'private' }))).status).toBe(200);
    const after = await getAnnotation(app, chris, reply.id);
    expect(annotationSchema.parse(await after.json()).visibility).toBe('private');
    expect(after.headers.get('ETag')).not.toBe(etagBefore);
    // A conditional edit based on the representation from before the change must not go through.
    const stale = await putAnnotation(app, chris, reply.id, replyTo(parent.id, 'Nog steeds zichtbaar?'), etagBefore ?? '');
    await expectApiError(stale, 412, 'version_conflict');
  });

  it('lets replies from other organisations follow the parent’s audience when it becomes organisation-only', async () => {
    // Chris (AKJ) replies while Anna's annotation is shared with everyone; then Anna narrows it to Woerden.
    const akjColleague = app.addUser({ name: 'Chantal Visser', role: 'partner', organisation: 'AKJ' });
    const parent = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'round' }));
    clock.advance(MINUTE);
    const fromChris = await mustCreate(app, chris, replyTo(parent.id, 'Reactie van Chris'));
    clock.advance(MINUTE);
    expect((await putAnnotation(app, anna, parent.id, replacement({ visibility: 'organisation' }))).status).toBe(200);

    // “A reply has its parent's visibility”: the thread is now for Woerden, all of it.
    expect(await listedIds(app, bram, REPORT)).toEqual([parent.id, fromChris.id]);
    expect(await listedIds(app, anna, REPORT)).toEqual([parent.id, fromChris.id]);
    // Outside Woerden nobody sees any of the thread, not even a reply without its parent.
    expect(await listedIds(app, akjColleague, REPORT)).toEqual([]);
    expect(await listedIds(app, dewi, REPORT)).toEqual([]);
  });
});

describe('DELETE /api/annotations/{id}', () => {
  it('lets the author delete: 204, then 404 on GET and gone from every list', async () => {
    const kept = await mustCreate(app, anna, sampleAnnotation(REPORT));
    clock.advance(MINUTE);
    const doomed = await mustCreate(app, anna, sampleAnnotation(REPORT, { body: { type: 'TextualBody', value: 'Weg ermee' } }));
    const response = await app.request(`/api/annotations/${uuidOf(doomed.id)}`, { method: 'DELETE', token: anna });
    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');

    await expectApiError(await getAnnotation(app, anna, doomed.id), 404, 'not_found');
    expect(await listedIds(app, anna, REPORT)).toEqual([kept.id]);
    expect(await listedIds(app, chris, REPORT)).toEqual([kept.id]);
    await expectApiError(await app.request(`/api/annotations/${uuidOf(doomed.id)}`, { method: 'DELETE', token: anna }), 404, 'not_found');
  });

  it('keeps a tombstone (deleted, empty body) when the annotation has replies, and keeps the replies', async () => {
    const parent = await mustCreate(app, anna, sampleAnnotation(REPORT));
    clock.advance(MINUTE);
    const reply = await mustCreate(app, chris, replyTo(parent.id, 'Goede vraag.'));
    clock.advance(MINUTE);
    const response = await app.request(`/api/annotations/${uuidOf(parent.id)}`, { method: 'DELETE', token: anna });
    expect(response.status).toBe(204);

    for (const viewer of [anna, chris, dewi]) {
      const items = await listAll(app, viewer, `source=${encodeURIComponent(REPORT)}`);
      expect(items.map((item) => item.id)).toEqual([parent.id, reply.id]);
      const tombstone = items[0]!;
      expect(tombstone.deleted).toBe(true);
      expect(tombstone.body).toEqual([]);
      expect(tombstone.kind).toBeUndefined();
      const kept = items[1]!;
      expect(kept.deleted).toBeUndefined();
      expect(kept).toMatchObject({ target: parent.id });
      expect(remarkOf(kept)).toBe('Goede vraag.');
    }
    // The tombstone no longer carries its term link.
    expect(await listedIds(app, dewi, REPORT, '&term=goal-2')).toEqual([]);
    // Read on its own it is the same tombstone the list shows (deleted, no body), not a 404.
    const alone = await getAnnotation(app, dewi, parent.id);
    expect(alone.status).toBe(200);
    const read = (await alone.json()) as Record<string, unknown>;
    expect(read).toMatchObject({ id: parent.id, deleted: true });
    expect(read).not.toHaveProperty('body');
    expect((await getAnnotation(app, dewi, reply.id)).status).toBe(200);
    // It cannot be changed or deleted again.
    await expectApiError(await putAnnotation(app, anna, parent.id, replacement()), 404);
  });

  it.each([
    ['round', () => chris, 403],
    ['organisation', () => bram, 403],
    ['organisation', () => chris, 404],
    ['private', () => bram, 404],
  ] as const)('refuses someone else deleting a %s annotation (%#)', async (visibility, who, status) => {
    const created = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility }));
    const response = await app.request(`/api/annotations/${uuidOf(created.id)}`, { method: 'DELETE', token: who() });
    await expectApiError(response, status, status === 403 ? 'forbidden' : 'not_found');
    expect((await getAnnotation(app, anna, created.id)).status).toBe(200);
  });

  it('removes the tombstone once its last reply is deleted too (nothing hangs from it any more)', async () => {
    const parent = await mustCreate(app, anna, sampleAnnotation(REPORT));
    clock.advance(MINUTE);
    const reply = await mustCreate(app, chris, replyTo(parent.id, 'Goede vraag.'));
    clock.advance(MINUTE);
    expect((await app.request(`/api/annotations/${uuidOf(parent.id)}`, { method: 'DELETE', token: anna })).status).toBe(204);
    expect(await listedIds(app, dewi, REPORT)).toEqual([parent.id, reply.id]);
    clock.advance(MINUTE);
    expect((await app.request(`/api/annotations/${uuidOf(reply.id)}`, { method: 'DELETE', token: chris })).status).toBe(204);
    expect(await listedIds(app, dewi, REPORT)).toEqual([]);
  });

  it('honours If-Match on DELETE', async () => {
    const created = await mustCreate(app, anna, sampleAnnotation(REPORT));
    clock.advance(MINUTE);
    expect((await putAnnotation(app, anna, created.id, replacement())).status).toBe(200);
    const stale = await app.request(`/api/annotations/${uuidOf(created.id)}`, { method: 'DELETE', token: anna, headers: { 'If-Match': created.etag } });
    await expectApiError(stale, 412, 'version_conflict');
    expect((await getAnnotation(app, anna, created.id)).status).toBe(200);
  });
});

describe('paging GET /api/annotations', () => {
  async function createMany(count: number, advanceMs: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const created = await mustCreate(app, i % 2 === 0 ? anna : chris, sampleAnnotation(REPORT, { body: { type: 'TextualBody', value: `Opmerking ${i}` } }));
      ids.push(created.id);
      if (advanceMs > 0) clock.advance(advanceMs);
    }
    return ids;
  }

  it('pages 450 annotations by 200 with `next`, each exactly once, in creation order', async () => {
    const ids = await createMany(450, 1000);
    const sizes: number[] = [];
    const seen: string[] = [];
    let path: string | undefined = `/api/annotations?source=${encodeURIComponent(REPORT)}`;
    while (path !== undefined) {
      const page: { items: Annotation[]; next?: string } = await listPage(app, dewi, path);
      sizes.push(page.items.length);
      seen.push(...page.items.map((item) => item.id));
      if (page.next !== undefined) expect(page.next).toMatch(/^http:\/\/localhost\/api\/annotations\?.*start=\d+/);
      path = page.next;
    }
    expect(sizes).toEqual([200, 200, 50]);
    expect(new Set(seen).size).toBe(450);
    expect(seen).toEqual(ids);
  }, 60_000);

  it('sees each of many annotations created within the same millisecond exactly once across pages', async () => {
    // The clock stands still: every annotation gets the same `created`, as a burst from an offline outbox can.
    const ids = await createMany(60, 0);
    const seen = (await listAll(app, dewi, `source=${encodeURIComponent(REPORT)}&limit=13`)).map((item) => item.id);
    expect(seen).toHaveLength(60);
    expect(new Set(seen)).toEqual(new Set(ids));
  });

  it('keeps creation order for annotations created within the same millisecond', async () => {
    const ids = await createMany(60, 0);
    const seen = (await listAll(app, dewi, `source=${encodeURIComponent(REPORT)}&limit=13`)).map((item) => item.id);
    expect(seen).toEqual(ids);
  });

  it('honours limit=7 across every page, and the next link keeps the filters', async () => {
    const ids = await createMany(45, 1000);
    await mustCreate(app, anna, sampleAnnotation(OTHER_REPORT));
    const first = await listPage(app, dewi, `/api/annotations?source=${encodeURIComponent(REPORT)}&limit=7`);
    expect(first.items).toHaveLength(7);
    const next = new URL(first.next ?? 'missing:', 'http://localhost');
    expect(next.searchParams.get('limit')).toBe('7');
    expect(next.searchParams.get('source')).toBe(REPORT);

    const all = await listAll(app, dewi, `source=${encodeURIComponent(REPORT)}&limit=7`);
    expect(all.map((item) => item.id)).toEqual(ids);
    // 45 = 6 × 7 + 3
    const pages: number[] = [];
    let path: string | undefined = `/api/annotations?source=${encodeURIComponent(REPORT)}&limit=7`;
    while (path !== undefined) {
      const page: { items: Annotation[]; next?: string } = await listPage(app, dewi, path);
      pages.push(page.items.length);
      path = page.next;
    }
    expect(pages).toEqual([7, 7, 7, 7, 7, 7, 3]);
  });

  it('has no `next` when everything fits on one page, also when it fills the page exactly', async () => {
    await createMany(7, 1000);
    const exact = await listPage(app, dewi, `/api/annotations?source=${encodeURIComponent(REPORT)}&limit=7`);
    expect(exact.items).toHaveLength(7);
    expect(exact.next).toBeUndefined();
    const roomy = await listPage(app, dewi, `/api/annotations?source=${encodeURIComponent(REPORT)}`);
    expect(roomy.items).toHaveLength(7);
    expect(roomy.next).toBeUndefined();
  });

  it.each([
    ['garbage', 'garbage'],
    ['not base64', '!!!***'],
    ['a base64 of something without a separator', Buffer.from('hallo wereld', 'utf8').toString('base64url')],
    ['a base64 of a non-date', Buffer.from('gisteren|abc', 'utf8').toString('base64url')],
    ['a base64 with too many parts', Buffer.from('2025-03-01T09:00:00.000Z|a|b', 'utf8').toString('base64url')],
    ['an over-long cursor', 'A'.repeat(201)],
  ])('answers 400 for a cursor that is %s', async (_name, cursor) => {
    await createMany(3, 1000);
    const response = await app.request(`/api/annotations?source=${encodeURIComponent(REPORT)}&cursor=${encodeURIComponent(cursor)}`, { token: dewi });
    const error = await expectApiError(response, 400, 'invalid_input');
    expect(error.issues?.map((issue) => issue.path)).toContain('cursor');
  });
});

describe('filters of GET /api/annotations', () => {
  interface Fixture {
    ids: Record<'anna' | 'chris' | 'bram' | 'elsewhere', string>;
    annaId: string;
    chrisId: string;
    roundId: string;
  }
  let fixture: Fixture;

  beforeEach(async () => {
    // 09:00 Anna: a question on goal 1, no round.
    const annaNote = await mustCreate(app, anna, sampleAnnotation(REPORT, { kind: 'question', body: [{ type: 'TextualBody', value: 'Anna' }, { type: 'SpecificResource', purpose: 'classifying', source: 'goal-1' }] }));
    // 10:00 Chris: a concern on action 2.1, no round.
    clock.set('2025-03-01T10:00:00.000Z');
    const chrisNote = await mustCreate(app, chris, sampleAnnotation(REPORT, { kind: 'concern', body: [{ type: 'TextualBody', value: 'Chris' }, { type: 'SpecificResource', purpose: 'classifying', source: 'action-2-1' }] }));
    // 11:30 Bram: a suggestion on the basic recommendation, in the round open 11:00–12:00.
    const round = await mustCreateRound(app, secretariat, { title: 'Voorjaarsronde', opensAt: '2025-03-01T11:00:00Z', closesAt: '2025-03-01T12:00:00Z' });
    clock.set('2025-03-01T11:30:00.000Z');
    const bramNote = await mustCreate(app, bram, sampleAnnotation(REPORT, { kind: 'suggestion', body: [{ type: 'TextualBody', value: 'Bram' }, { type: 'SpecificResource', purpose: 'classifying', source: 'rec-basis' }] }));
    // The same filters must not reach another document.
    const elsewhere = await mustCreate(app, anna, sampleAnnotation(OTHER_REPORT, { kind: 'question', body: [{ type: 'TextualBody', value: 'Elders' }, { type: 'SpecificResource', purpose: 'classifying', source: 'goal-1' }] }));
    clock.set('2025-03-01T13:00:00.000Z');
    fixture = {
      ids: { anna: annaNote.id, chris: chrisNote.id, bram: bramNote.id, elsewhere: elsewhere.id },
      annaId: (await whoIs(app, anna)).id,
      chrisId: (await whoIs(app, chris)).id,
      roundId: round.id,
    };
  });

  type Who = keyof Fixture['ids'];
  it.each<[string, (f: Fixture) => string, Who[]]>([
    ['term includes', () => 'term=goal-1', ['anna']],
    ['term excludes', () => 'term=goal-3', []],
    ['kind includes', () => 'kind=concern', ['chris']],
    ['kind excludes', () => 'kind=dilemma', []],
    ['role includes', () => 'role=councillor', ['anna', 'bram']],
    ['role excludes', () => 'role=respondent', []],
    ['organisation includes', () => `organisation=${encodeURIComponent('Gemeente Woerden')}`, ['anna', 'bram']],
    ['organisation excludes (exact match only)', () => `organisation=${encodeURIComponent('gemeente woerden')}`, []],
    ['author includes', (f) => `author=${f.chrisId}`, ['chris']],
    ['author as urn includes', (f) => `author=${encodeURIComponent(`urn:kantlijn:user:${f.annaId}`)}`, ['anna']],
    ['author excludes', () => 'author=00000000-0000-4000-8000-000000000000', []],
    ['since includes', () => `since=${encodeURIComponent('2025-03-01T10:00:00Z')}`, ['chris', 'bram']],
    ['since with an offset', () => `since=${encodeURIComponent('2025-03-01T11:00:00+01:00')}`, ['chris', 'bram']],
    ['since excludes', () => `since=${encodeURIComponent('2025-03-01T12:00:00Z')}`, []],
    ['round includes', (f) => `round=${f.roundId}`, ['bram']],
    ['round excludes', () => 'round=00000000-0000-4000-8000-000000000000', []],
    ['filters combined', () => 'role=councillor&kind=question', ['anna']],
    ['filters combined excluding', () => 'role=partner&term=goal-1', []],
  ])('%s', async (_name, query, expected) => {
    const ids = await listedIds(app, dewi, REPORT, `&${query(fixture)}`);
    expect(ids).toEqual(expected.map((who) => fixture.ids[who]));
  });

  it('filters across documents when no source is given', async () => {
    const ids = (await listAll(app, dewi, 'term=goal-1')).map((item) => item.id);
    expect(ids).toEqual([fixture.ids.anna, fixture.ids.elsewhere]);
  });

  it('counts an edit as a change for `since`', async () => {
    clock.set('2025-03-01T14:00:00.000Z');
    const response = await putAnnotation(app, anna, fixture.ids.anna, sampleAnnotation(REPORT, { body: [{ type: 'TextualBody', value: 'Anna, herzien' }, { type: 'SpecificResource', purpose: 'classifying', source: 'goal-1' }] }));
    expect(response.status).toBe(200);
    expect(await listedIds(app, dewi, REPORT, `&since=${encodeURIComponent('2025-03-01T13:30:00Z')}`)).toEqual([fixture.ids.anna]);
  });

  it('never widens what the caller may see', async () => {
    clock.set('2025-03-01T11:45:00.000Z');
    const secret = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'private', kind: 'question', body: [{ type: 'TextualBody', value: 'Geheim' }, { type: 'SpecificResource', purpose: 'classifying', source: 'goal-1' }] }));
    const filtered = await listedIds(app, dewi, REPORT, `&author=${fixture.annaId}&term=goal-1&kind=question`);
    expect(filtered).toEqual([fixture.ids.anna]);
    const own = await listedIds(app, anna, REPORT, `&author=${fixture.annaId}&term=goal-1&kind=question`);
    expect(own).toEqual([fixture.ids.anna, secret.id]);
    expect(await bodyOf(await getAnnotation(app, dewi, secret.id))).toMatchObject({ error: { code: 'not_found' } });
  });

  it('lets a secretariat read the same filtered list as anyone else (no hidden extras)', async () => {
    const asSecretariat = await listedIds(app, secretariat, REPORT, '&role=councillor');
    expect(asSecretariat).toEqual([fixture.ids.anna, fixture.ids.bram]);
  });

  it('stamps created with the server’s clock', async () => {
    const items = await listAll(app, dewi, `source=${encodeURIComponent(REPORT)}`);
    const times = items.map((item) => Date.parse(item.created));
    expect(times[1]! - times[0]!).toBe(HOUR);
  });
});
