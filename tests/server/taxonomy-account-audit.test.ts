import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationSchema, type Annotation } from '../../shared/schemas/annotation';
import { taxonomySchema, type Taxonomy, type Term } from '../../shared/schemas/taxonomy';
import { DEFAULT_TAXONOMY } from '../../shared/taxonomy/default-taxonomy';
import { readTaxonomy } from '../../shared/w3c/read-annotation';
import {
  MINUTE,
  ManualClock,
  expectApiError,
  getAnnotation,
  listAll,
  listedIds,
  mustCreate,
  postAnnotation,
  putAnnotation,
  queryFile,
  remarkOf,
  replyTo,
  uuidOf,
  whoIs,
  type AuditEntryJson,
} from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const REPORT = 'https://www.example.nl/rapporten/voortgang.html';

let clock: ManualClock;
let app: TestApp;
let secretariat: string;
let anna: string;
let bram: string;
let chris: string;

beforeEach(() => {
  clock = new ManualClock('2025-03-01T09:00:00.000Z');
  app = createTestApp({ clock: clock.now });
  secretariat = app.addUser({ name: 'Sanne Secretaris', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' });
  anna = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
  bram = app.addUser({ name: 'Bram Jansen', role: 'councillor', organisation: 'Gemeente Woerden' });
  chris = app.addUser({ name: 'Chris Bakker', role: 'partner', organisation: 'AKJ' });
});
afterEach(() => app.close());

/** An annotation linking `termIds`, with a remark. */
function linking(termIds: string[], overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return sampleAnnotation(REPORT, {
    body: [{ type: 'TextualBody', value: `Over ${termIds.join(', ')}` }, ...termIds.map((source) => ({ type: 'SpecificResource', purpose: 'classifying', source }))],
    ...overrides,
  });
}

async function taxonomy(token: string, query = ''): Promise<Taxonomy> {
  const response = await app.request(`/api/taxonomy${query}`, { token });
  expect(response.status).toBe(200);
  const served = (await response.json()) as Taxonomy;
  // Served terms are named by IRI; compared here by plain id, as every client reads them.
  for (const term of served.terms) expect(term.id).toBe(`http://localhost/api/taxonomy/terms/${encodeURIComponent(readTaxonomy({ ...served, terms: [term] }).terms[0]!.id)}`);
  return taxonomySchema.parse(readTaxonomy(served));
}

const NEW_TERMS: Term[] = [
  { id: 'goal-1', kind: 'goal', code: '1', label: 'Vertrouwen van cliënten (herzien)', colour: '#0072B2' },
  { id: 'action-1-1', kind: 'action', code: '1.1', label: 'Ervaringsdeskundigen', parent: 'goal-1', colour: '#3A8FD0' },
  { id: 'thema-jeugd', kind: 'goal', code: 'J', label: 'Jeugdbescherming', colour: '#abc' },
];

function importTerms(terms: unknown, token = secretariat): Promise<Response> {
  return app.request('/api/taxonomy', { method: 'POST', token, json: { terms } });
}

describe('taxonomy versions', () => {
  it('serves version 1 as the current one and by ?version=1', async () => {
    const current = await taxonomy(chris);
    expect(current.version).toBe(1);
    expect(current.terms.map((term) => term.id)).toEqual(DEFAULT_TAXONOMY.terms.map((term) => term.id));
    expect(await taxonomy(chris, '?version=1')).toEqual(current);
  });

  it.each([
    ['an unknown version', '?version=99', 404, 'not_found'],
    ['version 0', '?version=0', 400, 'invalid_input'],
    ['a non-number', '?version=twee', 400, 'invalid_input'],
    ['a fraction', '?version=1.5', 400, 'invalid_input'],
  ])('answers %s with %i', async (_name, query, status, code) => {
    await expectApiError(await app.request(`/api/taxonomy${query}`, { token: chris }), status, code);
  });

  it('imports a new version, carrying used-but-omitted terms over as retired', async () => {
    const used = await mustCreate(app, anna, linking(['action-2-1', 'goal-1']));
    const response = await importTerms(NEW_TERMS);
    expect(response.status).toBe(201);
    const imported = taxonomySchema.parse(readTaxonomy((await response.json()) as Taxonomy));
    expect(imported.version).toBe(2);

    const current = await taxonomy(chris);
    expect(current).toEqual(imported);
    const byId = new Map(current.terms.map((term) => [term.id, term]));
    expect(byId.get('goal-1')).toMatchObject({ label: 'Vertrouwen van cliënten (herzien)' });
    expect(byId.get('goal-1')?.retired).toBeUndefined();
    expect(byId.get('thema-jeugd')).toMatchObject({ kind: 'goal', code: 'J' });
    // Used by an annotation but left out: carried over, retired, with its label kept.
    expect(byId.get('action-2-1')).toMatchObject({ retired: true, kind: 'action', code: '2.1', label: 'Hoe ontwikkelt de meldingsbereidheid van burgers en professionals zich?' });
    // Neither imported nor used: gone.
    for (const gone of ['goal-2', 'goal-3', 'action-3-1', 'rec-basis']) expect(byId.has(gone)).toBe(false);
    // Every parent still resolves within the version.
    for (const term of current.terms) if (term.parent !== undefined) expect(byId.has(term.parent)).toBe(true);

    // The old version is unchanged.
    const first = await taxonomy(chris, '?version=1');
    expect(first.terms.map((term) => term.id)).toEqual(DEFAULT_TAXONOMY.terms.map((term) => term.id));
    expect(first.terms.some((term) => term.retired)).toBe(false);

    // The existing annotation keeps its links.
    const kept = annotationSchema.parse(await (await getAnnotation(app, chris, used.id)).json());
    expect(kept.body).toContainEqual({ type: 'SpecificResource', purpose: 'classifying', source: 'http://localhost/api/taxonomy/terms/action-2-1' });
    expect(await listedIds(app, chris, REPORT, '&term=action-2-1')).toEqual([used.id]);
    // The filter takes the term's IRI as well as its plain id.
    expect(await listedIds(app, chris, REPORT, `&term=${encodeURIComponent('http://localhost/api/taxonomy/terms/action-2-1')}`)).toEqual([used.id]);
  });

  it.each([
    ['a retired term', ['action-2-1'], 400, 'unknown_term'],
    ['a term dropped altogether', ['goal-3'], 400, 'unknown_term'],
    ['a retired term next to a current one', ['thema-jeugd', 'action-2-1'], 400, 'unknown_term'],
    ['a newly imported term', ['thema-jeugd'], 201, undefined],
    ['a relabelled term', ['goal-1'], 201, undefined],
  ])('after an import, a new annotation linking %s answers %i', async (_name, terms, status, code) => {
    await mustCreate(app, anna, linking(['action-2-1']));
    expect((await importTerms(NEW_TERMS)).status).toBe(201);
    const { response } = await postAnnotation(app, bram, linking(terms));
    if (code === undefined) expect(response.status).toBe(status);
    else {
      const error = await expectApiError(response, status, code);
      expect(error.issues?.map((issue) => issue.message).join(' ')).toContain(terms.find((term) => !['thema-jeugd', 'goal-1'].includes(term)));
    }
  });

  it('keeps carrying a retired term over in later imports while it is used', async () => {
    await mustCreate(app, anna, linking(['action-2-1']));
    expect((await importTerms(NEW_TERMS)).status).toBe(201);
    expect((await importTerms(NEW_TERMS.slice(0, 1))).status).toBe(201);
    const third = await taxonomy(chris);
    expect(third.version).toBe(3);
    expect(third.terms.map((term) => [term.id, term.retired ?? false])).toEqual([
      ['goal-1', false],
      ['action-2-1', true],
    ]);
  });

  it('does not carry over a term whose only annotation was deleted', async () => {
    const used = await mustCreate(app, anna, linking(['goal-3']));
    expect((await app.request(`/api/annotations/${uuidOf(used.id)}`, { method: 'DELETE', token: anna })).status).toBe(204);
    expect((await importTerms(NEW_TERMS)).status).toBe(201);
    expect((await taxonomy(chris)).terms.map((term) => term.id)).not.toContain('goal-3');
  });

  it.each([
    ['a councillor', () => anna],
    ['a partner', () => chris],
  ])('refuses an import by %s (403)', async (_name, token) => {
    await expectApiError(await importTerms(NEW_TERMS, token()), 403, 'forbidden');
    expect((await taxonomy(chris)).version).toBe(1);
  });

  it.each<[string, unknown, string]>([
    ['duplicate ids', [NEW_TERMS[0], { ...NEW_TERMS[2], id: 'goal-1' }], 'terms.1.id'],
    ['an unknown parent', [{ ...NEW_TERMS[1], parent: 'goal-77' }], 'terms.0.parent'],
    ['a bad colour', [{ ...NEW_TERMS[0], colour: 'blauw' }], 'terms.0.colour'],
    ['a six-digit colour with a bad digit', [{ ...NEW_TERMS[0], colour: '#12345G' }], 'terms.0.colour'],
    ['an id with capitals', [{ ...NEW_TERMS[0], id: 'Goal-1' }], 'terms.0.id'],
    ['an unknown kind', [{ ...NEW_TERMS[0], kind: 'wish' }], 'terms.0.kind'],
    ['no terms', [], 'terms'],
    ['a missing label', [{ id: 'x', kind: 'goal', code: 'X', colour: '#000' }], 'terms.0.label'],
  ])('refuses an import with %s (400 with issues) and keeps the current version', async (_name, terms, path) => {
    const error = await expectApiError(await importTerms(terms), 400, 'invalid_input');
    expect(error.issues?.map((issue) => issue.path)).toContain(path);
    expect((await taxonomy(chris)).version).toBe(1);
    await expectApiError(await app.request('/api/taxonomy?version=2', { token: chris }), 404, 'not_found');
  });
});

describe('moderation', () => {
  let note: Annotation;
  beforeEach(async () => {
    note = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'round' }));
  });

  function hide(token: string, body: unknown = { reason: 'Persoonsgegevens van een cliënt' }) {
    return app.request(`/api/annotations/${uuidOf(note.id)}/hide`, { method: 'POST', token, json: body });
  }

  it('hides an annotation from everyone but its author (who sees why) and the secretariat', async () => {
    clock.advance(MINUTE);
    const response = await hide(secretariat);
    expect(response.status).toBe(200);
    const hidden = annotationSchema.parse(await response.json());
    expect(hidden.moderation).toEqual({ hidden: true, reason: 'Persoonsgegevens van een cliënt', at: '2025-03-01T09:01:00.000Z' });

    for (const other of [bram, chris]) {
      expect(await listedIds(app, other, REPORT)).toEqual([]);
      await expectApiError(await getAnnotation(app, other, note.id), 404, 'not_found');
    }
    const own = await listAll(app, anna, `source=${encodeURIComponent(REPORT)}`);
    expect(own.map((item) => item.id)).toEqual([note.id]);
    expect(own[0]?.moderation?.reason).toBe('Persoonsgegevens van een cliënt');
    const ownGet = annotationSchema.parse(await (await getAnnotation(app, anna, note.id)).json());
    expect(ownGet.moderation?.reason).toBe('Persoonsgegevens van een cliënt');
    expect((await listAll(app, secretariat, `source=${encodeURIComponent(REPORT)}`))[0]?.moderation?.hidden).toBe(true);
    // Nobody else can reply to it any more.
    expect((await postAnnotation(app, chris, replyTo(note.id))).response.status).toBe(404);
  });

  it('brings the annotation back on unhide, without moderation details', async () => {
    expect((await hide(secretariat)).status).toBe(200);
    const response = await app.request(`/api/annotations/${uuidOf(note.id)}/unhide`, { method: 'POST', token: secretariat });
    expect(response.status).toBe(200);
    expect(annotationSchema.parse(await response.json()).moderation).toBeUndefined();
    expect(await listedIds(app, chris, REPORT)).toEqual([note.id]);
    const fetched = annotationSchema.parse(await (await getAnnotation(app, anna, note.id)).json());
    expect(fetched.moderation).toBeUndefined();
  });

  it.each([
    ['the author', () => anna],
    ['a colleague', () => bram],
    ['a partner', () => chris],
  ])('refuses hiding and unhiding by %s (403)', async (_name, token) => {
    await expectApiError(await hide(token()), 403, 'forbidden');
    expect(await listedIds(app, chris, REPORT)).toEqual([note.id]);
    expect((await hide(secretariat)).status).toBe(200);
    await expectApiError(await app.request(`/api/annotations/${uuidOf(note.id)}/unhide`, { method: 'POST', token: token() }), 403, 'forbidden');
    expect(await listedIds(app, chris, REPORT)).toEqual([]);
  });

  it.each([
    ['no reason', {}],
    ['a blank reason', { reason: '   ' }],
    ['a reason that is not text', { reason: 42 }],
  ])('answers 400 for hiding with %s', async (_name, body) => {
    await expectApiError(await hide(secretariat, body), 400, 'invalid_input');
    expect(await listedIds(app, chris, REPORT)).toEqual([note.id]);
  });

  it('answers 404 for hiding an unknown annotation', async () => {
    const response = await app.request('/api/annotations/00000000-0000-4000-8000-000000000000/hide', { method: 'POST', token: secretariat, json: { reason: 'x' } });
    await expectApiError(response, 404, 'not_found');
  });
});

describe('GET /api/me/export', () => {
  it('returns all of the user’s own annotations, private ones included, as an attachment', async () => {
    const own = [
      await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'private', body: { type: 'TextualBody', value: 'privé' } })),
      await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'organisation', body: { type: 'TextualBody', value: 'intern' } })),
      await mustCreate(app, anna, sampleAnnotation('https://www.example.nl/ander.pdf', { body: { type: 'TextualBody', value: 'elders' } })),
    ];
    const others = await mustCreate(app, chris, sampleAnnotation(REPORT));
    own.push(await mustCreate(app, anna, replyTo(others.id, 'mijn reactie')));
    await mustCreate(app, bram, sampleAnnotation(REPORT, { visibility: 'organisation' }));

    const response = await app.request('/api/me/export', { token: anna });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Disposition')).toMatch(/^attachment;\s*filename="[^"]+\.json"$/);
    const exported = (await response.json()) as { user: Record<string, unknown>; annotations: unknown[]; complete: boolean };
    const me = await whoIs(app, anna);
    expect(exported.user).toMatchObject(me);
    expect(exported.complete).toBe(true);
    const annotations = exported.annotations.map((item) => annotationSchema.parse(item));
    expect(annotations.map((item) => item.id).sort()).toEqual(own.map((item) => item.id).sort());
    expect(annotations.map(remarkOf).sort()).toEqual(['elders', 'intern', 'mijn reactie', 'privé']);
  });

  it('includes an own annotation that the secretariat hid, with the reason', async () => {
    const note = await mustCreate(app, anna, sampleAnnotation(REPORT));
    expect((await app.request(`/api/annotations/${uuidOf(note.id)}/hide`, { method: 'POST', token: secretariat, json: { reason: 'Naam van een kind' } })).status).toBe(200);
    const exported = (await (await app.request('/api/me/export', { token: anna })).json()) as { annotations: Annotation[] };
    expect(exported.annotations).toEqual([expect.objectContaining({ id: note.id, moderation: expect.objectContaining({ reason: 'Naam van een kind' }) })]);
  });
});

describe('DELETE /api/me', () => {
  it('deletes private annotations, keeps shared ones under “Verwijderd account” with role and organisation, and revokes the token', async () => {
    const secret = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'private', body: { type: 'TextualBody', value: 'privé' } }));
    clock.advance(MINUTE);
    const internal = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'organisation', body: { type: 'TextualBody', value: 'intern' } }));
    clock.advance(MINUTE);
    const shared = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'round', body: { type: 'TextualBody', value: 'openbaar' } }));
    const annaId = (await whoIs(app, anna)).id;

    const response = await app.request('/api/me', { method: 'DELETE', token: anna });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deletedPrivate: 1 });

    await expectApiError(await app.request('/api/me', { token: anna }), 401, 'unauthorized');
    expect(queryFile<{ uuid: string }>(app, 'SELECT uuid FROM annotations WHERE uuid = ?', uuidOf(secret.id))).toEqual([]);

    const seenByChris = await listAll(app, chris, `source=${encodeURIComponent(REPORT)}`);
    expect(seenByChris.map((item) => item.id)).toEqual([shared.id]);
    expect(seenByChris[0]?.creator).toEqual({ id: `urn:kantlijn:user:${annaId}`, type: 'Person', name: 'Verwijderd account', role: 'councillor', organisation: 'Gemeente Woerden' });
    expect(remarkOf(seenByChris[0]!)).toBe('openbaar');

    const seenByBram = await listAll(app, bram, `source=${encodeURIComponent(REPORT)}`);
    expect(seenByBram.map((item) => item.id)).toEqual([internal.id, shared.id]);
    expect(seenByBram.every((item) => item.creator.name === 'Verwijderd account')).toBe(true);

    // The name is gone from the database, not only from the API's answers.
    expect(queryFile<{ n: number }>(app, "SELECT count(*) AS n FROM users WHERE name = 'Anna de Vries'")).toEqual([{ n: 0 }]);
    const users = (await (await app.request('/api/users', { token: secretariat })).json()) as { items: { id: string }[] };
    expect(users.items.map((user) => user.id)).not.toContain(annaId);
  });

  it('leaves no private annotation of the user behind, also not the first of a private thread of their own', async () => {
    const thread = await mustCreate(app, anna, sampleAnnotation(REPORT, { visibility: 'private', body: { type: 'TextualBody', value: 'privé begin' } }));
    clock.advance(MINUTE);
    await mustCreate(app, anna, replyTo(thread.id, 'privé vervolg'));
    const annaId = (await whoIs(app, anna)).id;

    const response = await app.request('/api/me', { method: 'DELETE', token: anna });
    expect(response.status).toBe(200);
    expect(queryFile<{ uuid: string; deleted_at: string | null }>(app, "SELECT uuid, deleted_at FROM annotations WHERE author_id = ? AND visibility = 'private'", annaId)).toEqual([]);
  });
});

describe('GET /api/audit', () => {
  async function auditPage(query = ''): Promise<{ items: AuditEntryJson[]; next?: string }> {
    const response = await app.request(`/api/audit${query}`, { token: secretariat });
    expect(response.status).toBe(200);
    return (await response.json()) as { items: AuditEntryJson[]; next?: string };
  }

  it.each([
    ['a councillor', () => anna],
    ['a partner', () => chris],
  ])('refuses %s (403)', async (_name, token) => {
    await expectApiError(await app.request('/api/audit', { token: token() }), 403, 'forbidden');
  });

  it('records who created, updated, hid and deleted an annotation, and who was created, newest first', async () => {
    const annaId = (await whoIs(app, anna)).id;
    const secretariatId = (await whoIs(app, secretariat)).id;
    const note = await mustCreate(app, anna, sampleAnnotation(REPORT));
    const uuid = uuidOf(note.id);
    clock.advance(MINUTE);
    expect((await putAnnotation(app, anna, note.id, sampleAnnotation(REPORT, { body: { type: 'TextualBody', value: 'v2' } }))).status).toBe(200);
    clock.advance(MINUTE);
    expect((await app.request(`/api/annotations/${uuid}/hide`, { method: 'POST', token: secretariat, json: { reason: 'Scheldwoord' } })).status).toBe(200);
    clock.advance(MINUTE);
    expect((await app.request(`/api/annotations/${uuid}`, { method: 'DELETE', token: anna })).status).toBe(204);

    const { items } = await auditPage();
    const seqs = items.map((item) => item.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));

    const about = items.filter((item) => item.subject === uuid).map((item) => [item.action, item.actorId, item.at]);
    expect(about).toEqual([
      ['annotation.delete', annaId, '2025-03-01T09:03:00.000Z'],
      ['annotation.hide', secretariatId, '2025-03-01T09:02:00.000Z'],
      ['annotation.update', annaId, '2025-03-01T09:01:00.000Z'],
      ['annotation.create', annaId, '2025-03-01T09:00:00.000Z'],
    ]);
    expect(items.find((item) => item.action === 'annotation.hide')?.detail).toEqual({ reason: 'Scheldwoord' });

    const created = items.filter((item) => item.action === 'user.create');
    expect(created.map((item) => item.subject)).toEqual(expect.arrayContaining([annaId, secretariatId]));
    for (const entry of created) {
      expect(entry).toHaveProperty('actorId');
      expect(entry.detail).toEqual({ role: expect.any(String), organisation: expect.any(String) });
    }
    expect(created.find((item) => item.subject === annaId)?.detail).toEqual({ role: 'councillor', organisation: 'Gemeente Woerden' });
  });

  it('records the secretariat as actor of an invite and the new user on redeem', async () => {
    const secretariatId = (await whoIs(app, secretariat)).id;
    const invite = (await (await app.request('/api/invites', { method: 'POST', token: secretariat, json: { role: 'partner', organisation: 'Veilig Thuis', name: 'Mila' } })).json()) as { code: string };
    const redeemed = (await (await app.request(`/api/invites/${invite.code}/redeem`, { method: 'POST' })).json()) as { user: { id: string } };
    const { items } = await auditPage();
    expect(items.find((item) => item.action === 'invite.create')).toMatchObject({ actorId: secretariatId, detail: { role: 'partner', organisation: 'Veilig Thuis' } });
    expect(items.find((item) => item.action === 'user.create' && item.subject === redeemed.user.id)).toMatchObject({ detail: { role: 'partner', organisation: 'Veilig Thuis' } });
    // The invite code itself is never written to the audit log.
    expect(JSON.stringify(items)).not.toContain(invite.code);
  });

  it('pages with `before`, each entry exactly once', async () => {
    for (let i = 0; i < 9; i++) {
      await mustCreate(app, anna, sampleAnnotation(REPORT, { body: { type: 'TextualBody', value: `Nummer ${i}` } }));
      clock.advance(MINUTE);
    }
    const all = (await auditPage('?limit=500')).items;
    expect(all.length).toBeGreaterThanOrEqual(13);

    const seen: number[] = [];
    let path: string | undefined = '/api/audit?limit=4';
    let pages = 0;
    while (path !== undefined && pages++ < 100) {
      const page: { items: AuditEntryJson[]; next?: string } = await auditPage(path.replace('/api/audit', ''));
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((item) => item.seq));
      path = page.next;
    }
    expect(seen).toEqual(all.map((item) => item.seq));

    const pivot = all[3]!.seq;
    const before = await auditPage(`?before=${pivot}&limit=2`);
    expect(before.items.map((item) => item.seq)).toEqual(all.slice(4, 6).map((item) => item.seq));
    expect(before.next).toBe(`/api/audit?before=${all[5]!.seq}&limit=2`);
  });

  it.each([
    ['before=0', '?before=0'],
    ['a negative before', '?before=-5'],
    ['limit=0', '?limit=0'],
    ['limit over 500', '?limit=501'],
    ['a non-numeric limit', '?limit=veel'],
  ])('answers 400 for %s', async (_name, query) => {
    await expectApiError(await app.request(`/api/audit${query}`, { token: secretariat }), 400, 'invalid_input');
  });
});
