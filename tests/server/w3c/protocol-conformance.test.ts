import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ANNOTATION_TYPE,
  isAbsoluteIri,
  linkTarget,
  linkTypes,
  REPORT,
  remarkInput,
  startW3cServer,
  W3C_CONTEXT,
  type Json,
  type W3cServer,
} from './w3c-server';

// One test per MUST of the W3C Web Annotation Protocol (Recommendation of 23 February 2017), named
// by its section, against the live server on loopback; the SHOULDs Kantlijn keeps are marked so.

const LDP = 'http://www.w3.org/ns/ldp#';
const OA = 'http://www.w3.org/ns/oa#';
const prefer = (include: string) => ({ Prefer: `return=representation;include="${include}"` });

let w3c: W3cServer;

beforeAll(async () => {
  w3c = await startW3cServer();
});
afterAll(async () => {
  await w3c.close();
});

/** POSTs an annotation to the container; the response and its JSON. */
async function post(input: Json, headers: Record<string, string> = {}): Promise<{ response: Response; json: Json }> {
  const response = await w3c.send('POST', '/api/annotations/', input, headers);
  return { response, json: (await response.json()) as Json };
}

describe('W3C Web Annotation Protocol §3 Annotation Retrieval', () => {
  it('§3 MUST support GET on an annotation IRI: 200 with the annotation', async () => {
    const response = await w3c.get(w3c.ids.remark);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Json).id).toBe(w3c.ids.remark);
  });

  it('§3 MUST support HEAD: 200, the same headers, no body', async () => {
    const response = await fetch(w3c.ids.remark, { method: 'HEAD', headers: { Authorization: `Bearer ${w3c.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('ETag')).toMatch(/^".+"$/);
    expect(await response.text()).toBe('');
  });

  it('§3 MUST support OPTIONS: 200 with Allow', async () => {
    const response = await fetch(w3c.ids.remark, { method: 'OPTIONS', headers: { Authorization: `Bearer ${w3c.token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('Allow')).toMatch(/GET/);
  });

  it('§3 MUST serve JSON-LD with the annotation profile when asked: Content-Type application/ld+json (profile kept, a SHOULD)', async () => {
    const response = await w3c.get(w3c.ids.remark, { Accept: ANNOTATION_TYPE });
    expect(response.headers.get('Content-Type')).toBe(ANNOTATION_TYPE);
    expect(((await response.json()) as Json)['@context']).toContain(W3C_CONTEXT);
  });

  it('§3 SHOULD (kept) serve JSON-LD by default, without Accept; and plain JSON to a client asking only for it', async () => {
    expect((await w3c.get(w3c.ids.remark)).headers.get('Content-Type')).toBe(ANNOTATION_TYPE);
    expect((await w3c.get(w3c.ids.remark, { Accept: 'application/json' })).headers.get('Content-Type')).toMatch(/^application\/json/);
  });

  it('§3 MUST have a Link header with rel="type" to ldp:Resource', async () => {
    expect(linkTypes((await w3c.get(w3c.ids.remark)).headers.get('Link'))).toEqual(expect.arrayContaining([`${LDP}Resource`, `${OA}Annotation`]));
  });

  it('§3 MUST have an ETag header', async () => {
    expect((await w3c.get(w3c.ids.remark)).headers.get('ETag')).toMatch(/^".+"$/);
  });

  it('§3 MUST have an Allow header listing the methods', async () => {
    const allow = (await w3c.get(w3c.ids.remark)).headers.get('Allow') ?? '';
    for (const method of ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']) expect(allow).toContain(method);
  });

  it('§3 MUST have a Vary header with Accept', async () => {
    expect((await w3c.get(w3c.ids.remark)).headers.get('Vary')).toMatch(/\bAccept\b/);
  });

  it('§3 an old urn:uuid: id is an alias of the IRI', async () => {
    const uuid = w3c.ids.remark.slice(w3c.ids.remark.lastIndexOf('/') + 1);
    const response = await w3c.get(`/api/annotations/${encodeURIComponent(`urn:uuid:${uuid}`)}`);
    expect(response.status).toBe(200);
    expect(((await response.json()) as Json).id).toBe(w3c.ids.remark);
  });
});

describe('W3C Web Annotation Protocol §4 Annotation Containers', () => {
  it('§4 the container IRI ends with "/", and every annotation IRI starts with it', () => {
    expect(w3c.container.endsWith('/')).toBe(true);
    for (const id of Object.values(w3c.ids)) expect(id.startsWith(w3c.container)).toBe(true);
  });

  it('§4.1 MUST support GET, HEAD and OPTIONS on the container', async () => {
    expect((await w3c.get(w3c.container)).status).toBe(200);
    const auth = { Authorization: `Bearer ${w3c.token}` };
    expect((await fetch(w3c.container, { method: 'HEAD', headers: auth })).status).toBe(200);
    const options = await fetch(w3c.container, { method: 'OPTIONS', headers: auth });
    expect(options.status).toBe(200);
    expect(options.headers.get('Allow')).toMatch(/POST/);
  });

  it('§4.1 MUST serve JSON-LD: Content-Type application/ld+json with the profile', async () => {
    expect((await w3c.get(w3c.container, { Accept: ANNOTATION_TYPE })).headers.get('Content-Type')).toBe(ANNOTATION_TYPE);
  });

  it('§4.1 MUST have a Link header with rel="type" to ldp:BasicContainer', async () => {
    expect(linkTypes((await w3c.get(w3c.container)).headers.get('Link'))).toContain(`${LDP}BasicContainer`);
  });

  it('§4.1 MUST advertise the protocol constraints: a Link to the Protocol with rel ldp#constrainedBy', async () => {
    expect(linkTarget((await w3c.get(w3c.container)).headers.get('Link'), `${LDP}constrainedBy`)).toBe('http://www.w3.org/TR/annotation-protocol/');
  });

  it('§4.1 MUST have an ETag, an Allow header with POST, and Vary with Accept (and Prefer)', async () => {
    const response = await w3c.get(w3c.container);
    expect(response.headers.get('ETag')).toMatch(/^".+"$/);
    expect(response.headers.get('Allow')).toMatch(/GET.*POST|POST.*GET/);
    expect(response.headers.get('Vary')).toMatch(/\bAccept\b/);
    expect(response.headers.get('Vary')).toMatch(/\bPrefer\b/);
  });

  it('§4.1 MUST have Accept-Post naming the annotation media type, since it takes POST', async () => {
    expect((await w3c.get(w3c.container)).headers.get('Accept-Post')).toContain(ANNOTATION_TYPE);
  });

  it('§4.1 Content-Location is the IRI of what was served, and equals its id', async () => {
    const response = await w3c.get(w3c.container);
    const json = (await response.json()) as Json;
    expect(response.headers.get('Content-Location')).toBe(json.id);
    expect(json.id).toBe(w3c.container);
  });

  it('§4.2 the container is a BasicContainer and an AnnotationCollection with total, first and last', async () => {
    const json = (await (await w3c.get(w3c.container)).json()) as Json;
    expect(json.type).toEqual(expect.arrayContaining(['BasicContainer', 'AnnotationCollection']));
    expect(json.total).toBe(5);
    expect(isAbsoluteIri(json.last)).toBe(true);
    expect((json.first as Json).items).toHaveLength(5);
  });

  it('§4.2 Prefer PreferContainedDescriptions: the first page lists the annotations in full (also the default)', async () => {
    const response = await w3c.get(w3c.container, prefer(`${OA}PreferContainedDescriptions`));
    const items = ((await response.json()) as { first: { items: Json[] } }).first.items;
    expect(items.map((item) => item.id).sort()).toEqual(Object.values(w3c.ids).sort());
    expect(items.every((item) => item.type === 'Annotation' && item.target !== undefined)).toBe(true);
    expect(response.headers.get('Preference-Applied')).toBe('return=representation');
  });

  it('§4.2 Prefer PreferContainedIRIs: the first page lists the annotations by IRI only, and so do its later pages', async () => {
    const json = (await (await w3c.get('/api/annotations/?limit=2', prefer(`${OA}PreferContainedIRIs`))).json()) as { first: { items: unknown[]; next: string } };
    expect(json.first.items).toHaveLength(2);
    for (const item of json.first.items) expect(Object.values(w3c.ids)).toContain(item);
    const next = (await (await w3c.get(json.first.next)).json()) as { items: unknown[] };
    expect(next.items.every((item) => typeof item === 'string')).toBe(true);
  });

  it('§4.2 Prefer PreferMinimalContainer: no annotations embedded, first and last as IRIs', async () => {
    const json = (await (await w3c.get(w3c.container, prefer(`${LDP}PreferMinimalContainer`))).json()) as Json;
    expect(typeof json.first).toBe('string');
    expect(isAbsoluteIri(json.first)).toBe(true);
    expect(json).not.toHaveProperty('items');
    expect(JSON.stringify(json)).not.toContain(w3c.ids.remark);
  });

  it('§4.3 a page names its container (partOf), the next page if not last and the previous if not first, and its startIndex', async () => {
    const collection = (await (await w3c.get('/api/annotations/?limit=2', prefer(`${LDP}PreferMinimalContainer`))).json()) as Json;
    const seen: string[] = [];
    let page = (await (await w3c.get(String(collection.first))).json()) as Json;
    let index = 0;
    for (;;) {
      expect(page.partOf).toBe(collection.id);
      expect(page.startIndex).toBe(index * 2);
      if (index > 0) expect(isAbsoluteIri(page.prev)).toBe(true);
      else expect(page.prev).toBeUndefined();
      seen.push(...(page.items as Json[]).map((item) => String(item.id)));
      if (page.next === undefined) break;
      page = (await (await w3c.get(page.next as string)).json()) as Json;
      index++;
    }
    expect(page.id).toBe(collection.last);
    expect(seen.sort()).toEqual(Object.values(w3c.ids).sort());
  });

  it('§4 the query filters keep working on the container (?source=), and the collection keeps them', async () => {
    const json = (await (await w3c.get(`/api/annotations/?source=${encodeURIComponent(REPORT)}`)).json()) as Json;
    expect(json.total).toBe(4);
    expect(String(json.id)).toContain(`source=${encodeURIComponent(REPORT)}`);
  });

  it('§4 the path without the slash keeps answering one AnnotationPage, as before', async () => {
    const json = (await (await w3c.get(`/api/annotations?source=${encodeURIComponent(REPORT)}`)).json()) as Json;
    expect(json.type).toBe('AnnotationPage');
    expect(json.items).toHaveLength(4);
    expect(json.partOf).toBe(`${w3c.container}?source=${encodeURIComponent(REPORT)}`);
  });
});

describe('W3C Web Annotation Protocol §5 Creation, Updating and Deletion of Annotations', () => {
  it('§5.1 MUST answer a successful POST to the container with 201 Created', async () => {
    expect((await post(remarkInput())).response.status).toBe(201);
  });

  it('§5.1 MUST assign an IRI under the container, given in Location (equal to id), with the annotation and its ETag', async () => {
    const { response, json } = await post(remarkInput());
    expect(String(json.id).startsWith(w3c.container)).toBe(true);
    expect(response.headers.get('Location')).toBe(json.id);
    expect(response.headers.get('ETag')).toMatch(/^".+"$/);
    expect((await w3c.get(String(json.id))).status).toBe(200);
  });

  it('§5.1 MUST keep a canonical IRI as sent', async () => {
    const canonical = 'urn:uuid:2d1b3c4e-5f60-4718-8a9b-0c1d2e3f4a5b';
    const { json } = await post(remarkInput({ canonical }));
    expect(json.canonical).toBe(canonical);
    expect(((await (await w3c.get(String(json.id))).json()) as Json).canonical).toBe(canonical);
  });

  it('§5.1 SHOULD (kept) replace a foreign id with its own, and keep the old one in via; the same foreign id twice is stored once', async () => {
    const foreign = 'http://example.org/anno1';
    const first = await post(remarkInput({ id: foreign }));
    expect(first.response.status).toBe(201);
    expect(first.json.id).not.toBe(foreign);
    expect(first.json.via).toEqual([foreign]);
    const again = await post(remarkInput({ id: foreign }));
    expect(again.response.status).toBe(200);
    expect(again.json.id).toBe(first.json.id);
  });

  it('§5.1 a client urn:uuid: id makes the create idempotent (the offline outbox) and names the same annotation', async () => {
    const uuid = '7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b4c5d';
    const first = await post(remarkInput({ id: `urn:uuid:${uuid}` }));
    const again = await post(remarkInput({ id: `urn:uuid:${uuid}` }));
    expect([first.response.status, again.response.status]).toEqual([201, 200]);
    expect(first.json.id).toBe(`${w3c.container}${uuid}`);
    expect(again.json.id).toBe(first.json.id);
  });

  it('§5.1 takes an annotation made elsewhere unchanged (no motivation, a bare URL target, a single body) and keeps its creator, generator and created as provenance', async () => {
    const creator = { id: 'acct:anna@hypothes.is', type: 'Person', name: 'anna' };
    const generator = { id: 'https://hypothes.is/', type: 'Software', name: 'Hypothesis' };
    const { response, json } = await post({
      '@context': W3C_CONTEXT,
      id: 'https://hypothes.is/a/abc123',
      type: 'Annotation',
      body: { type: 'TextualBody', value: 'Elders gemaakt.' },
      target: REPORT,
      creator,
      generator,
      created: '2024-05-01T10:00:00Z',
    });
    expect(response.status).toBe(201);
    expect(json).toMatchObject({ motivation: 'commenting', target: { source: REPORT }, provenance: { creator, generator, created: '2024-05-01T10:00:00.000Z' } });
    // The importer owns it: their name is on it in Kantlijn.
    expect(json.creator).toMatchObject({ name: 'Anna de Vries', type: 'Person' });
  });

  it('§5.2 MAY ignore a Slug: the server names the annotation itself', async () => {
    const { response, json } = await post(remarkInput(), { Slug: 'mijn-annotatie' });
    expect(response.status).toBe(201);
    expect(String(json.id)).toMatch(/\/api\/annotations\/[0-9a-f-]{36}$/);
  });

  it('§5.3 PUT replaces the annotation (target included) and answers 200 with the new representation', async () => {
    const { json } = await post(remarkInput());
    const moved = { ...json, target: 'https://www.svmn.nl/rapporten/ander-rapport.html' };
    const response = await w3c.send('PUT', String(json.id), moved);
    expect(response.status).toBe(200);
    const updated = (await response.json()) as Json;
    expect(updated.target).toEqual({ source: 'https://www.svmn.nl/rapporten/ander-rapport.html' });
    expect(updated.id).toBe(json.id);
  });

  it('§5.3 MUST NOT change the canonical IRI', async () => {
    const canonical = 'urn:uuid:11111111-2222-4333-8444-555555555555';
    const { json } = await post(remarkInput({ canonical }));
    const refused = await w3c.send('PUT', String(json.id), { ...json, canonical: 'urn:uuid:99999999-2222-4333-8444-555555555555' });
    expect(refused.status).toBe(400);
    const kept = await w3c.send('PUT', String(json.id), { ...json, canonical: undefined });
    expect(((await kept.json()) as Json).canonical).toBe(canonical);
  });

  it('§5.3 SHOULD (kept) refuse a PUT whose If-Match names an older version: 412', async () => {
    const { response, json } = await post(remarkInput());
    const etag = response.headers.get('ETag') ?? '';
    expect((await w3c.send('PUT', String(json.id), json, { 'If-Match': etag })).status).toBe(200);
    expect((await w3c.send('PUT', String(json.id), json, { 'If-Match': etag })).status).toBe(412);
  });

  it('§5.4 DELETE answers 204, and the annotation is then gone from its IRI and from the container', async () => {
    const { json } = await post(remarkInput());
    expect((await w3c.send('DELETE', String(json.id), undefined)).status).toBe(204);
    expect([404, 410]).toContain((await w3c.get(String(json.id))).status);
    const listed = (await (await w3c.get(w3c.container, prefer(`${OA}PreferContainedIRIs`))).json()) as { first: { items: string[] } };
    expect(listed.first.items).not.toContain(json.id);
  });

  it('§5.4 a deleted remark kept for its replies reads the same on its IRI as in the container: deleted, without body', async () => {
    const alone = (await (await w3c.get(w3c.ids.deletedParent)).json()) as Json;
    const listed = (await (await w3c.get(w3c.container)).json()) as { first: { items: Json[] } };
    const inList = listed.first.items.find((item) => item.id === w3c.ids.deletedParent);
    expect(alone).toMatchObject({ deleted: true });
    expect(alone).not.toHaveProperty('body');
    expect(inList).toEqual(alone);
    const reply = (await (await w3c.get(w3c.ids.reply)).json()) as Json;
    expect(reply.target).toBe(w3c.ids.deletedParent);
  });
});

describe('W3C Web Annotation Protocol §6 Error Conditions', () => {
  it('§6 400 for a body that is not JSON, in the API error shape', async () => {
    const response = await fetch(w3c.container, { method: 'POST', headers: { Authorization: `Bearer ${w3c.token}`, 'Content-Type': ANNOTATION_TYPE }, body: '{' });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBe('invalid_json');
  });

  it('§6 401 without credentials: reading and writing stay signed-in only', async () => {
    expect((await fetch(w3c.container)).status).toBe(401);
    expect((await fetch(w3c.ids.remark)).status).toBe(401);
    expect((await fetch(w3c.container, { method: 'POST', body: JSON.stringify(remarkInput()) })).status).toBe(401);
  });

  it('§6 404 for an annotation that does not exist', async () => {
    expect((await w3c.get(`${w3c.container}00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('§6 405 with Allow for a method the resource does not take', async () => {
    const response = await w3c.send('PUT', w3c.container, remarkInput());
    expect(response.status).toBe(405);
    expect(response.headers.get('Allow')).toContain('POST');
  });

  it('§6 406 when the client accepts no representation the server has', async () => {
    expect((await w3c.get(w3c.ids.remark, { Accept: 'text/turtle' })).status).toBe(406);
  });

  it('§6 415 for a body sent as a media type the server does not take', async () => {
    expect((await w3c.send('POST', w3c.container, remarkInput(), { 'Content-Type': 'text/turtle' })).status).toBe(415);
  });
});
