import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KANTLIJN_CONTEXT, W3C_ANNOTATION_CONTEXT, annotationSchema, type Annotation } from '../../shared/schemas/annotation';
import { apiErrorSchema } from '../../shared/schemas/api-error';
import { DAY, ManualClock, bodyOf, listedIds, mustCreate, mustCreateInvite, queryFile, remarkOf, uuidOf, type InviteJson, type RoundJson } from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

/**
 * One table of hostile and broken requests. Every row states the exact status; no row may ever get a
 * 5xx, every 4xx must be in the API's error shape, and afterwards the annotations table must still
 * answer as before.
 */

const REPORT = 'https://www.example.nl/rapporten/voortgang.html';
const W3C = W3C_ANNOTATION_CONTEXT;

interface Fixture {
  app: TestApp;
  clock: ManualClock;
  councillor: string;
  secretariat: string;
  existing: Annotation & { etag: string };
  namedInvite: InviteJson;
  anonymousInvite: InviteJson;
}

type Auth = 'councillor' | 'secretariat' | 'none';
type Payload = { json: unknown } | { raw: string | Uint8Array };

interface Row {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string | ((f: Fixture) => string);
  auth: Auth;
  headers?: Record<string, string> | ((f: Fixture) => Record<string, string>);
  body?: Payload | ((f: Fixture) => Payload);
  /** The status expected; a list only where two answers are equally right (see the row). */
  status: number | readonly number[];
  code?: string;
  /** An issue path the error must name. */
  issue?: string;
  then?: (f: Fixture, json: unknown) => void | Promise<void>;
}

// ---------------------------------------------------------------------------------------------------
// Builders

const anno = (overrides: Record<string, unknown> = {}) => sampleAnnotation(REPORT, overrides);
const withRemark = (value: unknown) => anno({ body: [{ type: 'TextualBody', value }] });
const withSelector = (selector: unknown) => anno({ target: { source: REPORT, selector } });
const withSource = (source: unknown) => anno({ target: { source } });
const repeat = (length: number, char = 'x') => char.repeat(length);
const longUrl = (length: number) => {
  const base = 'https://www.example.nl/';
  return base + repeat(length - base.length, 'a');
};
const term = (id: string, extra: Record<string, unknown> = {}) => ({ id, kind: 'goal', code: id.slice(0, 32), label: `Term ${id}`, colour: '#336699', ...extra });
const terms = (...list: unknown[]) => ({ json: { terms: list } });
const round = (extra: Record<string, unknown> = {}) => ({ json: { title: 'Ronde', opensAt: '2025-03-01T00:00:00Z', closesAt: '2025-04-01T00:00:00Z', ...extra } });
const invite = (extra: Record<string, unknown> = {}) => ({ json: { role: 'partner', organisation: 'Veilig Thuis', ...extra } });
const json = (value: unknown): Payload => ({ json: value });
const raw = (value: string | Uint8Array): Payload => ({ raw: value });

const putPath = (f: Fixture) => `/api/annotations/${uuidOf(f.existing.id)}`;
const redeemNamed = (f: Fixture) => `/api/invites/${f.namedInvite.code}/redeem`;
const redeemAnonymous = (f: Fixture) => `/api/invites/${f.anonymousInvite.code}/redeem`;
const list = (query: string) => `/api/annotations?${query}`;

// ---------------------------------------------------------------------------------------------------
// Checks on what was stored

/** The created annotation's remark is exactly `value`, also when read back by GET. */
function remarkStored(value: string) {
  return async (f: Fixture, body: unknown) => {
    const annotation = annotationSchema.parse(body);
    expect(remarkOf(annotation)).toBe(value);
    const fetched = annotationSchema.parse(await (await f.app.request(`/api/annotations/${uuidOf(annotation.id)}`, { token: f.councillor })).json());
    expect(remarkOf(fetched)).toBe(value);
    expect(remarkOf(fetched)?.length).toBe(value.length);
  };
}

/** The created annotation's document is `source`. */
function sourceStored(source: string) {
  return (_f: Fixture, body: unknown) => {
    const annotation = annotationSchema.parse(body);
    expect(annotation.target).toMatchObject({ source });
  };
}

/** The created (or replaced) annotation carries none of the client's extra or spoofed fields. */
const noExtraFields = (how: 'created' | 'replaced') => async (f: Fixture, body: unknown) => {
  for (const annotation of [body, await bodyOf(await f.app.request(`/api/annotations/${uuidOf((body as Annotation).id)}`, { token: f.councillor }))]) {
    const record = annotation as Record<string, unknown>;
    // A create keeps what the sender claims about creator and time as provenance, never as the author.
    const provenance = how === 'created' ? ['provenance'] : [];
    expect(Object.keys(record).sort()).toEqual(['@context', 'body', 'created', 'creator', 'id', 'kind', 'modified', 'motivation', ...provenance, 'target', 'type', 'visibility']);
    if (how === 'created') expect(record.provenance).toEqual({ creator: SPOOFED.creator, created: SPOOFED.created });
    expect(record['@context']).toEqual([W3C, KANTLIJN_CONTEXT]);
    const parsed = annotationSchema.parse(annotation);
    expect(parsed.creator).toMatchObject({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
    expect(parsed.created).toBe(how === 'created' ? f.clock.iso() : f.existing.created);
    expect(parsed.modified).toBe(f.clock.iso());
    expect(parsed.body).toEqual([{ type: 'TextualBody', value: 'Met extra velden' }]);
    expect(parsed.target).toEqual({ source: REPORT, selector: [{ type: 'TextQuoteSelector', exact: 'vast aanspreekpunt' }] });
  }
  const rows = queryFile<{ body: string; target: string }>(f.app, 'SELECT body, target FROM annotations WHERE uuid = ?', uuidOf((body as Annotation).id));
  expect(rows).toHaveLength(1);
  expect(rows[0]!.body + rows[0]!.target).not.toContain('evil');
};

const SPOOFED = {
  foo: 'bar',
  version: 99,
  author_id: 'iemand-anders',
  creator: { id: 'urn:kantlijn:user:x', type: 'Person', name: 'De Burgemeester', role: 'secretariat', organisation: 'Rijk' },
  created: '2000-01-01T00:00:00.000Z',
  modified: '2000-01-01T00:00:00.000Z',
  deleted: true,
  moderation: { hidden: true, reason: 'nep', at: '2000-01-01T00:00:00.000Z' },
  body: [{ type: 'TextualBody', value: 'Met extra velden', evil: '<script>alert(1)</script>' }],
  target: { source: REPORT, evil: true, selector: [{ type: 'TextQuoteSelector', exact: 'vast aanspreekpunt', evil: 2 }] },
};

/** The annotation list is empty for this query. */
function emptyList(_f: Fixture, body: unknown) {
  expect((body as { items: unknown[] }).items).toEqual([]);
}

// ---------------------------------------------------------------------------------------------------
// The table

const SQL = "'; DROP TABLE annotations; --";
const VALID_TOKEN_MARKER = '<TOKEN>';

const ROWS: Row[] = [
  // --- POST /api/annotations: not JSON, or JSON that is not an object -------------------------------
  { name: 'annotation: truncated JSON', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw('{"type": "Annotation",'), status: 400, code: 'invalid_json' },
  { name: 'annotation: empty body', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw(''), status: 400, code: 'invalid_json' },
  { name: 'annotation: single-quoted pseudo-JSON', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw("{'type': 'Annotation'}"), status: 400, code: 'invalid_json' },
  { name: 'annotation: JSON followed by garbage', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw(`${JSON.stringify(anno())}xyz`), status: 400, code: 'invalid_json' },
  { name: 'annotation: NaN', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw('NaN'), status: 400, code: 'invalid_json' },
  { name: 'annotation: form-encoded body', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw('motivation=commenting&type=Annotation'), status: 400, code: 'invalid_json' },
  { name: 'annotation: an array', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json([]), status: 400, code: 'invalid_input' },
  { name: 'annotation: an array holding a valid annotation', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json([anno()]), status: 400, code: 'invalid_input' },
  { name: 'annotation: a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw('42'), status: 400, code: 'invalid_input' },
  { name: 'annotation: null', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw('null'), status: 400, code: 'invalid_input' },
  { name: 'annotation: a string', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw('"Annotation"'), status: 400, code: 'invalid_input' },
  { name: 'annotation: true', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw('true'), status: 400, code: 'invalid_input' },
  { name: 'annotation: 100 000 nested arrays', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw(`${repeat(100_000, '[')}${repeat(100_000, ']')}`), status: 400 },
  { name: 'annotation: 100 000 nested objects in @context', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw(JSON.stringify(anno({ '@context': [W3C, '§'] })).replace('"§"', `${repeat(100_000, '{"a":')}1${repeat(100_000, '}')}`)), status: 201 },
  { name: 'annotation: a body over 1 MiB of valid JSON', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw(`${repeat(1024 * 1024 + 1, ' ')}${JSON.stringify(anno())}`), status: 413, code: 'body_too_large' },
  { name: 'annotation: valid JSON sent as text/plain (W3C Protocol §6: 415)', method: 'POST', path: '/api/annotations', auth: 'councillor', headers: { 'Content-Type': 'text/plain' }, body: raw(JSON.stringify(anno())), status: 415, code: 'unsupported_media_type' },
  { name: 'annotation: sent as application/ld+json with the annotation profile', method: 'POST', path: '/api/annotations/', auth: 'councillor', headers: { 'Content-Type': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"' }, body: raw(JSON.stringify(anno())), status: 201 },
  { name: 'annotation: valid JSON preceded by a UTF-8 byte order mark', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw(`\ufeff${JSON.stringify(anno())}`), status: 201 },
  { name: 'annotation: duplicate keys, the last one invalid', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw(JSON.stringify(anno()).replace(/^\{/, '{"motivation":"commenting",').replace(/\}$/, ',"motivation":"liking"}')), status: 400, issue: 'motivation' },
  { name: 'annotation: duplicate keys, the last one valid', method: 'POST', path: '/api/annotations', auth: 'councillor', body: raw(JSON.stringify(anno()).replace(/^\{/, '{"kind":"rant",').replace(/\}$/, ',"kind":"concern"}')), status: 201, then: (_f, body) => expect((body as Annotation).kind).toBe('concern') },
  {
    name: 'annotation: a __proto__ key does not pollute anything',
    method: 'POST',
    path: '/api/annotations',
    auth: 'councillor',
    body: raw(JSON.stringify(anno()).replace(/^\{/, '{"__proto__":{"polluted":true,"visibility":"private"},')),
    status: 201,
    then: (_f, body) => {
      expect((body as Annotation).visibility).toBe('round');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.keys(body as object)).not.toContain('__proto__');
    },
  },

  // --- POST /api/annotations: wrong types -----------------------------------------------------------
  { name: 'annotation: @context a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ '@context': 5 })), status: 400, issue: '@context' },
  { name: 'annotation: @context null', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ '@context': null })), status: 400, issue: '@context' },
  { name: 'annotation: @context an empty list', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ '@context': [] })), status: 400, issue: '@context' },
  { name: 'annotation: @context another vocabulary first', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ '@context': ['https://schema.org/', W3C] })), status: 400, issue: '@context' },
  { name: 'annotation: @context with an arbitrary object is accepted but not echoed', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ '@context': [W3C, { evil: { nested: [1, 2, 3] } }] })), status: 201, then: (_f, body) => expect((body as Record<string, unknown>)['@context']).toEqual([W3C, KANTLIJN_CONTEXT]) },
  { name: 'annotation: type Note', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ type: 'Note' })), status: 400, issue: 'type' },
  { name: 'annotation: type missing', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ type: undefined })), status: 400, issue: 'type' },
  { name: 'annotation: id a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ id: 12345 })), status: 400, issue: 'id' },
  { name: 'annotation: id not a UUID', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ id: 'mijn-eigen-id' })), status: 400, issue: 'id' },
  { name: 'annotation: id a UUID with a tail', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ id: 'urn:uuid:6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5fx' })), status: 400, issue: 'id' },
  { name: 'annotation: id an upper-case urn:uuid', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ id: 'URN:UUID:6F1C1F0E-1B2A-4C3D-9E8F-0A1B2C3D4E5F' })), status: 201, then: async (f) => expect((await f.app.request('/api/annotations/6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', { token: f.councillor })).status).toBe(200) },
  { name: 'annotation: motivation a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ motivation: 7 })), status: 400, issue: 'motivation' },
  { name: 'annotation: motivation null', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ motivation: null })), status: 400, issue: 'motivation' },
  { name: 'annotation: motivation capitalised', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ motivation: 'Commenting' })), status: 400, issue: 'motivation' },
  { name: 'annotation: body a string', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: 'Wat is de planning?' })), status: 400, issue: 'body' },
  { name: 'annotation: body a list of numbers', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [42] })), status: 400, issue: 'body' },
  { name: 'annotation: body null', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: null })), status: 400, issue: 'body' },
  { name: 'annotation: remark value a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withRemark(42)), status: 400, issue: 'body' },
  { name: 'annotation: remark without value', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody' }] })), status: 400, issue: 'body' },
  { name: 'annotation: remark format text/html', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody', value: '<b>vet</b>', format: 'text/html' }] })), status: 400, issue: 'body' },
  { name: 'annotation: remark language nl_NL', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody', value: 'Hallo', language: 'nl_NL' }] })), status: 400, issue: 'body' },
  { name: 'annotation: remark purpose liking', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody', value: 'Hallo', purpose: 'liking' }] })), status: 400, issue: 'body' },
  { name: 'annotation: term link with a numeric source', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody', value: 'Hallo' }, { type: 'SpecificResource', purpose: 'classifying', source: 5 }] })), status: 400, issue: 'body' },
  { name: 'annotation: target a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ target: 42 })), status: 400, issue: 'target' },
  { name: 'annotation: target null', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ target: null })), status: 400, issue: 'target' },
  { name: 'annotation: target an empty object', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ target: {} })), status: 400, issue: 'target' },
  { name: 'annotation: target a list of URLs', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ target: [REPORT] })), status: 400, issue: 'target' },
  { name: 'annotation: target.source a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource(42)), status: 400, issue: 'target' },
  { name: 'annotation: selector a string', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector('p:nth-child(3)')), status: 400, issue: 'target' },
  { name: 'annotation: an XPathSelector', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'XPathSelector', value: '/html/body/p[3]' })), status: 400, issue: 'target' },
  { name: 'annotation: an empty quote', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextQuoteSelector', exact: '' })), status: 400, issue: 'target' },
  { name: 'annotation: a quote that is a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextQuoteSelector', exact: 5 })), status: 400, issue: 'target' },
  { name: 'annotation: a negative position', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextPositionSelector', start: -1, end: 3 })), status: 400, issue: 'target' },
  { name: 'annotation: a position as a string', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextPositionSelector', start: '5', end: 9 })), status: 400, issue: 'target' },
  { name: 'annotation: a fractional position', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextPositionSelector', start: 1.5, end: 9 })), status: 400, issue: 'target' },
  { name: 'annotation: a position of 1e300', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextPositionSelector', start: 0, end: 1e300 })), status: 400, issue: 'target' },
  { name: 'annotation: kind a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ kind: 42 })), status: 400, issue: 'kind' },
  { name: 'annotation: kind capitalised', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ kind: 'Question' })), status: 400, issue: 'kind' },
  { name: 'annotation: kind null', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ kind: null })), status: 400, issue: 'kind' },
  { name: 'annotation: visibility public', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ visibility: 'public' })), status: 400, issue: 'visibility' },
  { name: 'annotation: visibility true', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ visibility: true })), status: 400, issue: 'visibility' },
  { name: 'annotation: round a number', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ round: 42 })), status: 400, issue: 'round' },
  { name: 'annotation: round empty', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ round: '' })), status: 400, issue: 'round' },
  { name: 'annotation: a reply whose target is a document', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ motivation: 'replying' })), status: 400, issue: 'target' },
  { name: 'annotation: a comment whose target is an annotation id', method: 'POST', path: '/api/annotations', auth: 'councillor', body: (f) => json(anno({ target: f.existing.id })), status: 400, issue: 'motivation' },

  // --- POST /api/annotations: lengths just under and over the limits ------------------------------
  { name: 'annotation: a remark of 10 000 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withRemark(repeat(10_000))), status: 201, then: remarkStored(repeat(10_000)) },
  { name: 'annotation: a remark of 10 001 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withRemark(repeat(10_001))), status: 400, issue: 'body' },
  { name: 'annotation: a remark of 5 000 emoji (10 000 UTF-16 units)', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withRemark(repeat(5_000, '🙂'))), status: 201, then: remarkStored(repeat(5_000, '🙂')) },
  { name: 'annotation: a quote of 10 000 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextQuoteSelector', exact: repeat(10_000) })), status: 201 },
  { name: 'annotation: a quote of 10 001 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextQuoteSelector', exact: repeat(10_001) })), status: 400, issue: 'target' },
  { name: 'annotation: a prefix of 1 000 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextQuoteSelector', exact: 'vast', prefix: repeat(1_000) })), status: 201 },
  { name: 'annotation: a prefix of 1 001 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'TextQuoteSelector', exact: 'vast', prefix: repeat(1_001) })), status: 400, issue: 'target' },
  { name: 'annotation: 8 selectors', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector(Array.from({ length: 8 }, (_, i) => ({ type: 'TextPositionSelector', start: i, end: i + 1 })))), status: 201 },
  { name: 'annotation: 9 selectors', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector(Array.from({ length: 9 }, (_, i) => ({ type: 'TextPositionSelector', start: i, end: i + 1 })))), status: 400, issue: 'target' },
  { name: 'annotation: a page fragment of 200 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'FragmentSelector', value: repeat(200) })), status: 201 },
  { name: 'annotation: a page fragment of 201 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector({ type: 'FragmentSelector', value: repeat(201) })), status: 400, issue: 'target' },
  { name: 'annotation: 50 bodies', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: Array.from({ length: 50 }, (_, i) => ({ type: 'TextualBody', value: `Deel ${i}` })) })), status: 201, then: (_f, body) => expect((body as Annotation).body).toHaveLength(50) },
  { name: 'annotation: 51 bodies', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: Array.from({ length: 51 }, (_, i) => ({ type: 'TextualBody', value: `Deel ${i}` })) })), status: 400, issue: 'body' },
  { name: 'annotation: a term id of 64 characters (valid form, unknown term)', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody', value: 'Hallo' }, { type: 'SpecificResource', purpose: 'classifying', source: repeat(64, 't') }] })), status: 400, code: 'unknown_term' },
  { name: 'annotation: a term link of 2049 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody', value: 'Hallo' }, { type: 'SpecificResource', purpose: 'classifying', source: repeat(2049, 't') }] })), status: 400, code: 'invalid_input', issue: 'body' },
  { name: 'annotation: a term link to a term that does not exist', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody', value: 'Hallo' }, { type: 'SpecificResource', purpose: 'classifying', source: 'http://localhost/api/taxonomy/terms/bestaat-niet' }] })), status: 400, code: 'unknown_term', issue: 'body' },
  { name: 'annotation: a round id of 64 characters (valid form, unknown round)', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ round: repeat(64, 'r') })), status: 400, code: 'unknown_round' },
  { name: 'annotation: a round id of 65 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ round: repeat(65, 'r') })), status: 400, code: 'invalid_input', issue: 'round' },
  { name: 'annotation: a source URL of 2 048 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource(longUrl(2_048))), status: 201, then: sourceStored(longUrl(2_048)) },
  { name: 'annotation: a source URL of 2 049 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource(longUrl(2_049))), status: 400, issue: 'target.source' },
  { name: 'annotation: a source URL of 200 000 characters', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource(longUrl(200_000))), status: 400, issue: 'target.source' },

  // --- POST /api/annotations: unknown fields are dropped, not stored --------------------------------
  { name: 'annotation: unknown and spoofed fields everywhere', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ ...SPOOFED, kind: 'question' })), status: 201, then: noExtraFields('created') },

  // --- POST /api/annotations: unicode ---------------------------------------------------------------
  ...(
    [
      ['emoji with skin tone and ZWJ sequences', 'Top 👍🏽 👨‍👩‍👧‍👦 🏳️‍🌈'],
      ['right-to-left marks and overrides', '\u200fمرحبا\u202e evil \u202c\u200e'],
      ['combining characters (not normalised)', 'e\u0301 n\u0303 Zalgo: z\u0351\u0352\u0353a\u0354\u0355l\u0356\u0357go'],
      ['a lone high surrogate', 'kapot \ud800 einde'],
      ['a lone low surrogate', '\udfff aan het begin'],
      ['a NUL character', 'voor\u0000na'],
      ['control characters and line separators', '\u0001\u0007\u001b[31m rood \u2028\u2029\r\n\t'],
      ['a byte order mark and zero-width characters', '\ufeff\u200b\u200c\u200d\u2060tekst'],
      ['HTML', '<img src=x onerror="alert(1)"><script>alert(2)</script>'],
      ['SQL', SQL],
      ['a JSON-looking string', '{"__proto__": {"x": 1}}'],
    ] as const
  ).map(([what, value]): Row => ({ name: `annotation: a remark with ${what} is stored verbatim`, method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withRemark(value)), status: 201, then: remarkStored(value) })),
  {
    name: 'annotation: invalid UTF-8 bytes become U+FFFD (documented behaviour)',
    method: 'POST',
    path: '/api/annotations',
    auth: 'councillor',
    body: raw(Buffer.concat([Buffer.from(JSON.stringify(withRemark('§')).split('§')[0]!, 'utf8'), Buffer.from([0x61, 0xff, 0xfe, 0x62]), Buffer.from(JSON.stringify(withRemark('§')).split('§')[1]!, 'utf8')])),
    status: 201,
    then: remarkStored('a\ufffd\ufffdb'),
  },
  { name: 'annotation: a quote with emoji and combining characters is stored verbatim', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSelector([{ type: 'TextQuoteSelector', exact: 'cliënt 👍🏽 e\u0301', prefix: '\u200f', suffix: '\ud800' }])), status: 201, then: (_f, body) => expect((body as Annotation).target).toEqual({ source: REPORT, selector: [{ type: 'TextQuoteSelector', exact: 'cliënt 👍🏽 e\u0301', prefix: '\u200f', suffix: '\ud800' }] }) },
  { name: 'annotation: SQL in the remark leaves the table working', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withRemark(SQL)), status: 201, then: async (f, body) => expect(await listedIds(f.app, f.councillor, REPORT)).toEqual([f.existing.id, (body as Annotation).id]) },
  { name: 'annotation: SQL in the term link', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(anno({ body: [{ type: 'TextualBody', value: 'Hallo' }, { type: 'SpecificResource', purpose: 'classifying', source: "x' OR '1'='1" }] })), status: 400, code: 'unknown_term' },

  // --- POST /api/annotations: target.source ----------------------------------------------------------
  { name: 'annotation: source javascript:', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('javascript:alert(document.cookie)')), status: 400, issue: 'target.source' },
  { name: 'annotation: source JAVASCRIPT: with leading blanks', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('  JaVaScRiPt:alert(1)')), status: 400, issue: 'target.source' },
  { name: 'annotation: source data:', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')), status: 400, issue: 'target.source' },
  { name: 'annotation: source vbscript:', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('vbscript:msgbox(1)')), status: 400, issue: 'target.source' },
  { name: 'annotation: source blob:', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('blob:https://www.example.nl/0b4e7c1a-0000-4000-8000-000000000000')), status: 400, issue: 'target.source' },
  { name: 'annotation: source about:blank', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('about:blank')), status: 400, issue: 'target.source' },
  { name: 'annotation: source ftp:', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('ftp://ftp.example.nl/rapport.pdf')), status: 400, issue: 'target.source' },
  { name: 'annotation: source chrome-extension:', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('chrome-extension://abcdefghijklmnop/viewer.html')), status: 400, issue: 'target.source' },
  { name: 'annotation: source protocol-relative', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('//www.example.nl/rapport.html')), status: 400, issue: 'target.source' },
  { name: 'annotation: source relative path', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('rapporten/voortgang.html')), status: 400, issue: 'target.source' },
  { name: 'annotation: source https:// without host', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('https://')), status: 400, issue: 'target.source' },
  { name: 'annotation: source empty', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('')), status: 400, issue: 'target.source' },
  { name: 'annotation: source file: (a PDF from disk)', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('file:///home/raadslid/Downloads/rapport.pdf')), status: 201, then: sourceStored('file:///home/raadslid/Downloads/rapport.pdf') },
  { name: 'annotation: source upper-case with fragment and tracking', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('HTTPS://WWW.EXAMPLE.NL:443/Rapport.html?utm_source=x&id=3#p2')), status: 201, then: sourceStored('https://www.example.nl/Rapport.html?id=3') },
  { name: 'annotation: source with an internationalised host and path', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('https://bücher.example/rapport één.html')), status: 201, then: sourceStored('https://xn--bcher-kva.example/rapport%20%C3%A9%C3%A9n.html') },
  { name: 'annotation: source with a NUL in the path', method: 'POST', path: '/api/annotations', auth: 'councillor', body: json(withSource('https://www.example.nl/a\u0000b.html')), status: 201, then: sourceStored('https://www.example.nl/a%00b.html') },

  // --- headers ---------------------------------------------------------------------------------------
  { name: 'header: no Authorization', method: 'GET', path: '/api/me', auth: 'none', status: 401, code: 'unauthorized' },
  { name: 'header: "Bearer" with nothing', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: 'Bearer' }, status: 401, code: 'unauthorized' },
  { name: 'header: "Bearer " with only blanks', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: 'Bearer     ' }, status: 401, code: 'unauthorized' },
  { name: 'header: Basic credentials', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: 'Basic dXNlcjpwYXNzd29yZA==' }, status: 401, code: 'unauthorized' },
  { name: 'header: "Basic xyz"', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: 'Basic xyz' }, status: 401, code: 'unauthorized' },
  { name: 'header: a 10 kB token', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: `Bearer kl_${repeat(10_240, 'A')}` }, status: 401, code: 'unauthorized' },
  { name: 'header: a 10 kB token on a write', method: 'POST', path: '/api/annotations', auth: 'none', headers: { Authorization: `Bearer kl_${repeat(10_240, 'A')}` }, body: json(anno()), status: 401, code: 'unauthorized' },
  { name: 'header: a 200-character unknown token', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: `Bearer ${repeat(200, 'B')}` }, status: 401, code: 'unauthorized' },
  { name: 'header: a valid token followed by more words', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: `Bearer ${VALID_TOKEN_MARKER} extra` }, status: 401, code: 'unauthorized' },
  { name: 'header: a valid token with another scheme', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: `Token ${VALID_TOKEN_MARKER}` }, status: 401, code: 'unauthorized' },
  { name: 'header: a valid token without a scheme', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: VALID_TOKEN_MARKER }, status: 401, code: 'unauthorized' },
  { name: 'header: a valid token sent twice', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: `Bearer ${VALID_TOKEN_MARKER}, Bearer ${VALID_TOKEN_MARKER}` }, status: 401, code: 'unauthorized' },
  { name: 'header: a token with Latin-1 characters', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: 'Bearer tökén' }, status: 401, code: 'unauthorized' },
  { name: 'header: the scheme in lower case (RFC 7235: case-insensitive)', method: 'GET', path: '/api/me', auth: 'none', headers: { Authorization: `bearer ${VALID_TOKEN_MARKER}` }, status: 200 },
  { name: 'header: an invalid token on the public health check', method: 'GET', path: '/api/health', auth: 'none', headers: { Authorization: 'Basic xyz' }, status: 200 },

  // --- PUT /api/annotations/{id} ---------------------------------------------------------------------
  { name: 'put: truncated JSON', method: 'PUT', path: putPath, auth: 'councillor', body: raw('{"motivation":'), status: 400, code: 'invalid_json' },
  { name: 'put: an array', method: 'PUT', path: putPath, auth: 'councillor', body: json([anno()]), status: 400, code: 'invalid_input' },
  { name: 'put: null', method: 'PUT', path: putPath, auth: 'councillor', body: raw('null'), status: 400, code: 'invalid_input' },
  { name: 'put: motivation a number', method: 'PUT', path: putPath, auth: 'councillor', body: json(anno({ motivation: 1 })), status: 400, issue: 'motivation' },
  { name: 'put: a remark of 10 001 characters', method: 'PUT', path: putPath, auth: 'councillor', body: json(withRemark(repeat(10_001))), status: 400, issue: 'body' },
  { name: 'put: a javascript: source', method: 'PUT', path: putPath, auth: 'councillor', body: json(withSource('javascript:alert(1)')), status: 400, issue: 'target.source' },
  { name: 'put: unknown and spoofed fields are dropped', method: 'PUT', path: putPath, auth: 'councillor', body: json(anno({ ...SPOOFED, kind: 'question' })), status: 200, then: noExtraFields('replaced') },
  { name: 'put: a lone surrogate is stored verbatim', method: 'PUT', path: putPath, auth: 'councillor', body: json(withRemark('\udc00\u0000')), status: 200, then: remarkStored('\udc00\u0000') },
  { name: 'put: an id that is not a UUID', method: 'PUT', path: '/api/annotations/niet-een-uuid', auth: 'councillor', body: json(anno()), status: 404, code: 'not_found' },
  { name: 'put: SQL as the id', method: 'PUT', path: `/api/annotations/${encodeURIComponent("1' OR '1'='1")}`, auth: 'councillor', body: json(anno()), status: 404, code: 'not_found' },
  { name: 'put: a percent-encoding that does not decode', method: 'PUT', path: '/api/annotations/%E0%A4%A', auth: 'councillor', body: json(anno()), status: 404 },
  { name: 'put: an unknown UUID', method: 'PUT', path: '/api/annotations/00000000-0000-4000-8000-000000000000', auth: 'councillor', body: json(anno()), status: 404, code: 'not_found' },
  { name: 'put: an empty If-Match', method: 'PUT', path: putPath, auth: 'councillor', headers: { 'If-Match': '' }, body: json(anno()), status: 412, code: 'version_conflict' },
  { name: 'put: a 10 kB If-Match', method: 'PUT', path: putPath, auth: 'councillor', headers: { 'If-Match': `"${repeat(10_240)}"` }, body: json(anno()), status: 412, code: 'version_conflict' },
  { name: 'put: If-Match with the current ETag', method: 'PUT', path: putPath, auth: 'councillor', headers: (f) => ({ 'If-Match': f.existing.etag }), body: json(anno()), status: 200 },
  { name: 'put: without a token', method: 'PUT', path: putPath, auth: 'none', body: json(anno()), status: 401, code: 'unauthorized' },

  // --- GET /api/annotations: the query string ------------------------------------------------------
  { name: 'list: limit=0', method: 'GET', path: list('limit=0'), auth: 'councillor', status: 400, issue: 'limit' },
  { name: 'list: limit=-1', method: 'GET', path: list('limit=-1'), auth: 'councillor', status: 400, issue: 'limit' },
  { name: 'list: limit=abc', method: 'GET', path: list('limit=abc'), auth: 'councillor', status: 400, issue: 'limit' },
  { name: 'list: limit=1.5', method: 'GET', path: list('limit=1.5'), auth: 'councillor', status: 400, issue: 'limit' },
  { name: 'list: limit=201', method: 'GET', path: list('limit=201'), auth: 'councillor', status: 400, issue: 'limit' },
  { name: 'list: limit=1e309', method: 'GET', path: list('limit=1e309'), auth: 'councillor', status: 400, issue: 'limit' },
  { name: 'list: limit empty', method: 'GET', path: list('limit='), auth: 'councillor', status: 400, issue: 'limit' },
  { name: 'list: limit=200', method: 'GET', path: list('limit=200'), auth: 'councillor', status: 200 },
  { name: 'list: kind=rant', method: 'GET', path: list('kind=rant'), auth: 'councillor', status: 400, issue: 'kind' },
  { name: 'list: role=admin', method: 'GET', path: list('role=admin'), auth: 'councillor', status: 400, issue: 'role' },
  { name: 'list: since not a date', method: 'GET', path: list('since=gisteren'), auth: 'councillor', status: 400, issue: 'since' },
  { name: 'list: since a date without time', method: 'GET', path: list('since=2025-03-01'), auth: 'councillor', status: 400, issue: 'since' },
  { name: 'list: since without an offset', method: 'GET', path: list('since=2025-03-01T00:00:00'), auth: 'councillor', status: 400, issue: 'since' },
  { name: 'list: since on 30 February', method: 'GET', path: list('since=2025-02-30T00:00:00Z'), auth: 'councillor', status: 400, issue: 'since' },
  { name: 'list: since with an offset', method: 'GET', path: list(`since=${encodeURIComponent('2025-03-01T09:00:00+01:00')}`), auth: 'councillor', status: 200, then: (f, body) => expect((body as { items: Annotation[] }).items.map((item) => item.id)).toEqual([f.existing.id]) },
  {
    // A valid ISO time that lies after 9999-12-31 in UTC: the filter must not match everything.
    // 200 with no items, or a 400 refusing years past 9999, are both right.
    name: 'list: since past the year 9999 by its offset',
    method: 'GET',
    path: list(`since=${encodeURIComponent('9999-12-31T23:59:59-23:59')}`),
    auth: 'councillor',
    status: [200, 400],
    then: (_f, body) => {
      if (body && typeof body === 'object' && 'items' in body) emptyList(_f, body);
    },
  },
  { name: 'list: source empty', method: 'GET', path: list('source='), auth: 'councillor', status: 400, issue: 'source' },
  { name: 'list: source of 2 049 characters', method: 'GET', path: list(`source=${encodeURIComponent(longUrl(2_049))}`), auth: 'councillor', status: 400, issue: 'source' },
  { name: 'list: source of 2 048 characters', method: 'GET', path: list(`source=${encodeURIComponent(longUrl(2_048))}`), auth: 'councillor', status: 200, then: emptyList },
  { name: 'list: source javascript:', method: 'GET', path: list(`source=${encodeURIComponent('javascript:alert(1)')}`), auth: 'councillor', status: 200, then: emptyList },
  { name: 'list: author empty', method: 'GET', path: list('author='), auth: 'councillor', status: 400, issue: 'author' },
  { name: 'list: term of 2049 characters', method: 'GET', path: list(`term=${repeat(2049)}`), auth: 'councillor', status: 400, issue: 'term' },
  { name: 'list: organisation of 201 characters', method: 'GET', path: list(`organisation=${repeat(201)}`), auth: 'councillor', status: 400, issue: 'organisation' },
  { name: 'list: cursor garbage', method: 'GET', path: list('cursor=%F0%9F%92%A9'), auth: 'councillor', status: 400, issue: 'cursor' },
  { name: 'list: SQL in organisation', method: 'GET', path: list(`organisation=${encodeURIComponent("' OR 1=1 --")}`), auth: 'councillor', status: 200, then: emptyList },
  { name: 'list: SQL in term', method: 'GET', path: list(`term=${encodeURIComponent("x' OR '1'='1")}`), auth: 'councillor', status: 200, then: emptyList },
  { name: 'list: SQL in author', method: 'GET', path: list(`author=${encodeURIComponent('x" OR 1=1; --')}`), auth: 'councillor', status: 200, then: emptyList },
  { name: 'list: NUL in organisation', method: 'GET', path: list('organisation=%00'), auth: 'councillor', status: 200, then: emptyList },
  { name: 'list: a broken percent-encoding', method: 'GET', path: list('organisation=%E0%A4%A'), auth: 'councillor', status: 200, then: emptyList },
  { name: 'list: a repeated parameter (the first counts)', method: 'GET', path: list('kind=question&kind=rant'), auth: 'councillor', status: 200, then: (f, body) => expect((body as { items: Annotation[] }).items.map((item) => item.id)).toEqual([f.existing.id]) },
  { name: 'list: an unknown parameter is ignored', method: 'GET', path: list('foo=bar&source=' + encodeURIComponent(REPORT)), auth: 'councillor', status: 200, then: (f, body) => expect((body as { items: Annotation[] }).items.map((item) => item.id)).toEqual([f.existing.id]) },
  { name: 'list: an id that is not a UUID', method: 'GET', path: '/api/annotations/..%2F..%2Fetc%2Fpasswd', auth: 'councillor', status: 404 },

  // --- POST /api/rounds ----------------------------------------------------------------------------
  { name: 'round: truncated JSON', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: raw('{"title":'), status: 400, code: 'invalid_json' },
  { name: 'round: an array', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: raw('[]'), status: 400, code: 'invalid_input' },
  { name: 'round: null', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: raw('null'), status: 400, code: 'invalid_input' },
  { name: 'round: a number', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: raw('2025'), status: 400, code: 'invalid_input' },
  { name: 'round: title empty', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ title: '' }), status: 400, issue: 'title' },
  { name: 'round: title blank', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ title: '   ' }), status: 400, issue: 'title' },
  { name: 'round: title a number', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ title: 5 }), status: 400, issue: 'title' },
  { name: 'round: title of 200 characters', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ title: repeat(200) }), status: 201 },
  { name: 'round: title of 201 characters', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ title: repeat(201) }), status: 400, issue: 'title' },
  { name: 'round: opensAt in words', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ opensAt: 'morgen' }), status: 400, issue: 'opensAt' },
  { name: 'round: opensAt without an offset', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ opensAt: '2025-03-01T00:00:00' }), status: 400, issue: 'opensAt' },
  { name: 'round: opensAt as epoch milliseconds', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ opensAt: 1740787200000 }), status: 400, issue: 'opensAt' },
  { name: 'round: opensAt on 30 February', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ opensAt: '2025-02-30T00:00:00Z' }), status: 400, issue: 'opensAt' },
  { name: 'round: closesAt missing', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ closesAt: undefined }), status: 400, issue: 'closesAt' },
  { name: 'round: closesAt equal to opensAt', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ closesAt: '2025-03-01T00:00:00Z' }), status: 400, issue: 'closesAt' },
  { name: 'round: closesAt before opensAt', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ closesAt: '2025-02-01T00:00:00Z' }), status: 400, issue: 'closesAt' },
  { name: 'round: taxonomyVersion a string', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ taxonomyVersion: '1' }), status: 400, issue: 'taxonomyVersion' },
  { name: 'round: taxonomyVersion 0', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ taxonomyVersion: 0 }), status: 400, issue: 'taxonomyVersion' },
  { name: 'round: taxonomyVersion 1.5', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ taxonomyVersion: 1.5 }), status: 400, issue: 'taxonomyVersion' },
  { name: 'round: taxonomyVersion that does not exist', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ taxonomyVersion: 99 }), status: 400, code: 'unknown_taxonomy_version' },
  { name: 'round: unknown fields are dropped', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ id: 'mijn-ronde', open: false, createdAt: '2000-01-01T00:00:00Z' }), status: 201, then: (f, body) => {
    const created = body as RoundJson;
    expect(created.id).not.toBe('mijn-ronde');
    expect(created.createdAt).toBe(f.clock.iso());
    expect(Object.keys(created).sort()).toEqual(['closesAt', 'createdAt', 'id', 'opensAt', 'taxonomyVersion', 'title']);
  } },
  { name: 'round: SQL, emoji and RTL in the title are stored verbatim', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ title: `${SQL} 🗳️ \u202eرحلة` }), status: 201, then: async (f, body) => {
    const stored = (await (await f.app.request(`/api/rounds/${(body as RoundJson).id}`, { token: f.councillor })).json()) as RoundJson;
    expect(stored.title).toBe(`${SQL} 🗳️ \u202eرحلة`);
  } },
  { name: 'round: opening in the year 0000 by its offset (refused: outside 1900–9999)', method: 'POST', path: '/api/rounds', auth: 'secretariat', body: round({ opensAt: '0000-01-01T00:30:00+01:00' }), status: 400, issue: 'opensAt' },
  {
    // closesAt is a valid ISO time after opensAt, but lies past 9999-12-31 in UTC. A 201 (stored and
    // listed) or a 400 refusing such years are both right; a 500 is not.
    name: 'round: closing past the year 9999 by its offset',
    method: 'POST',
    path: '/api/rounds',
    auth: 'secretariat',
    body: round({ opensAt: '9999-12-31T00:00:00Z', closesAt: '9999-12-31T23:59:59-23:59' }),
    status: [201, 400],
  },
  { name: 'round: by a councillor, even with broken JSON', method: 'POST', path: '/api/rounds', auth: 'councillor', body: raw('{'), status: 403, code: 'forbidden' },
  { name: 'round: PATCH with an array', method: 'PATCH', path: '/api/rounds/00000000-0000-4000-8000-000000000000', auth: 'secretariat', body: raw('[]'), status: 400, code: 'invalid_input' },
  { name: 'round: PATCH closesAt past the year 9999 by its offset', method: 'PATCH', path: '/api/rounds/00000000-0000-4000-8000-000000000000', auth: 'secretariat', body: json({ closesAt: '9999-12-31T23:59:59-23:59' }), status: 400, issue: 'closesAt' },
  { name: 'round: PATCH closesAt not a date', method: 'PATCH', path: '/api/rounds/00000000-0000-4000-8000-000000000000', auth: 'secretariat', body: json({ closesAt: 'nooit' }), status: 400, issue: 'closesAt' },

  // --- POST /api/invites -----------------------------------------------------------------------------
  { name: 'invite: truncated JSON', method: 'POST', path: '/api/invites', auth: 'secretariat', body: raw('{"role":"partner"'), status: 400, code: 'invalid_json' },
  { name: 'invite: an array', method: 'POST', path: '/api/invites', auth: 'secretariat', body: json([{ role: 'partner', organisation: 'AKJ' }]), status: 400, code: 'invalid_input' },
  { name: 'invite: a string', method: 'POST', path: '/api/invites', auth: 'secretariat', body: raw('"partner"'), status: 400, code: 'invalid_input' },
  { name: 'invite: role admin', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ role: 'admin' }), status: 400, issue: 'role' },
  { name: 'invite: role missing', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ role: undefined }), status: 400, issue: 'role' },
  { name: 'invite: role a number', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ role: 1 }), status: 400, issue: 'role' },
  { name: 'invite: organisation empty', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ organisation: '' }), status: 400, issue: 'organisation' },
  { name: 'invite: organisation blank', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ organisation: ' \t ' }), status: 400, issue: 'organisation' },
  { name: 'invite: organisation of 200 characters', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ organisation: repeat(200) }), status: 201 },
  { name: 'invite: organisation of 201 characters', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ organisation: repeat(201) }), status: 400, issue: 'organisation' },
  { name: 'invite: name empty', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ name: '' }), status: 400, issue: 'name' },
  { name: 'invite: name null', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ name: null }), status: 400, issue: 'name' },
  { name: 'invite: name of 201 characters', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ name: repeat(201) }), status: 400, issue: 'name' },
  { name: 'invite: expiresInDays 0', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ expiresInDays: 0 }), status: 400, issue: 'expiresInDays' },
  { name: 'invite: expiresInDays 91', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ expiresInDays: 91 }), status: 400, issue: 'expiresInDays' },
  { name: 'invite: expiresInDays -1', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ expiresInDays: -1 }), status: 400, issue: 'expiresInDays' },
  { name: 'invite: expiresInDays 1.5', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ expiresInDays: 1.5 }), status: 400, issue: 'expiresInDays' },
  { name: 'invite: expiresInDays a string', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ expiresInDays: '7' }), status: 400, issue: 'expiresInDays' },
  { name: 'invite: expiresInDays 90', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ expiresInDays: 90 }), status: 201, then: (f, body) => expect((body as InviteJson).expiresAt).toBe(new Date(f.clock.now().getTime() + 90 * DAY).toISOString()) },
  { name: 'invite: a chosen code and expiry are ignored', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ code: 'AAAAAAAAAAAAAAAAAAAAAA', expiresAt: '2099-01-01T00:00:00Z' }), status: 201, then: async (f, body) => {
    const created = body as InviteJson;
    expect(created.code).not.toBe('AAAAAAAAAAAAAAAAAAAAAA');
    expect(created.expiresAt).toBe(new Date(f.clock.now().getTime() + 7 * DAY).toISOString());
    expect((await f.app.request('/api/invites/AAAAAAAAAAAAAAAAAAAAAA/redeem', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"Indringer"}' })).status).toBe(404);
  } },
  { name: 'invite: SQL and emoji in the organisation are stored verbatim', method: 'POST', path: '/api/invites', auth: 'secretariat', body: invite({ organisation: `${SQL} 🏛️`, name: 'Olga' }), status: 201, then: async (f, body) => {
    const redeemed = await f.app.request(`/api/invites/${(body as InviteJson).code}/redeem`, { method: 'POST' });
    expect(((await redeemed.json()) as { user: { organisation: string } }).user.organisation).toBe(`${SQL} 🏛️`);
  } },
  { name: 'invite: by a councillor, even with broken JSON', method: 'POST', path: '/api/invites', auth: 'councillor', body: raw('{'), status: 403, code: 'forbidden' },
  { name: 'invite: without a token', method: 'POST', path: '/api/invites', auth: 'none', body: invite(), status: 401, code: 'unauthorized' },

  // --- POST /api/invites/{code}/redeem ---------------------------------------------------------------
  { name: 'redeem: a short code', method: 'POST', path: '/api/invites/kort/redeem', auth: 'none', body: json({ name: 'Piet' }), status: 404 },
  { name: 'redeem: an unknown code of the right form', method: 'POST', path: '/api/invites/ZZZZZZZZZZZZZZZZZZZZZZ/redeem', auth: 'none', body: json({ name: 'Piet' }), status: 404 },
  { name: 'redeem: a NUL as code', method: 'POST', path: '/api/invites/%00/redeem', auth: 'none', body: json({ name: 'Piet' }), status: 404 },
  { name: 'redeem: a 10 kB code', method: 'POST', path: `/api/invites/${repeat(10_240, 'C')}/redeem`, auth: 'none', body: json({ name: 'Piet' }), status: 404 },
  { name: 'redeem: a broken percent-encoding as code', method: 'POST', path: '/api/invites/%E0%A4%A/redeem', auth: 'none', body: json({ name: 'Piet' }), status: 404 },
  { name: 'redeem: SQL as code', method: 'POST', path: `/api/invites/${encodeURIComponent("' OR 1=1 --")}/redeem`, auth: 'none', body: json({ name: 'Piet' }), status: 404 },
  { name: 'redeem: truncated JSON', method: 'POST', path: redeemAnonymous, auth: 'none', body: raw('{"name":'), status: 400, code: 'invalid_json' },
  { name: 'redeem: an array', method: 'POST', path: redeemAnonymous, auth: 'none', body: raw('["Piet"]'), status: 400, code: 'invalid_input' },
  { name: 'redeem: null', method: 'POST', path: redeemAnonymous, auth: 'none', body: raw('null'), status: 400, code: 'invalid_input' },
  { name: 'redeem: a number', method: 'POST', path: redeemAnonymous, auth: 'none', body: raw('42'), status: 400, code: 'invalid_input' },
  { name: 'redeem: a string', method: 'POST', path: redeemAnonymous, auth: 'none', body: raw('"Piet"'), status: 400, code: 'invalid_input' },
  { name: 'redeem: name a number', method: 'POST', path: redeemAnonymous, auth: 'none', body: json({ name: 5 }), status: 400, issue: 'name' },
  { name: 'redeem: name empty', method: 'POST', path: redeemAnonymous, auth: 'none', body: json({ name: '' }), status: 400, issue: 'name' },
  { name: 'redeem: name of 201 characters', method: 'POST', path: redeemAnonymous, auth: 'none', body: json({ name: repeat(201) }), status: 400, issue: 'name' },
  { name: 'redeem: name of 200 characters', method: 'POST', path: redeemAnonymous, auth: 'none', body: json({ name: repeat(200) }), status: 201 },
  { name: 'redeem: a blank body with a named invite', method: 'POST', path: redeemNamed, auth: 'none', body: raw('  \n '), status: 201, then: (_f, body) => expect((body as { user: { name: string } }).user.name).toBe('Nora') },
  { name: 'redeem: a name with emoji, RTL and combining characters is stored verbatim', method: 'POST', path: redeemAnonymous, auth: 'none', body: json({ name: 'Zoë \u200fنور\u200e 👩🏾‍💼 e\u0301' }), status: 201, then: async (f, body) => {
    const redeemed = body as { token: string; user: { name: string } };
    expect(redeemed.user.name).toBe('Zoë \u200fنور\u200e 👩🏾‍💼 e\u0301');
    expect(((await (await f.app.request('/api/me', { token: redeemed.token })).json()) as { name: string }).name).toBe('Zoë \u200fنور\u200e 👩🏾‍💼 e\u0301');
  } },
  { name: 'redeem: a role and organisation in the body are ignored', method: 'POST', path: redeemNamed, auth: 'none', body: json({ role: 'secretariat', organisation: 'Overname', id: 'mijn-id' }), status: 201, then: (_f, body) => {
    const { user } = body as { user: { id: string; role: string; organisation: string } };
    expect(user).toMatchObject({ role: 'partner', organisation: 'AKJ' });
    expect(user.id).not.toBe('mijn-id');
  } },

  // --- POST /api/taxonomy ----------------------------------------------------------------------------
  { name: 'taxonomy: truncated JSON', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: raw('{"terms":['), status: 400, code: 'invalid_json' },
  { name: 'taxonomy: an array of terms without wrapper', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: json([term('a')]), status: 400, code: 'invalid_input' },
  { name: 'taxonomy: null', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: raw('null'), status: 400, code: 'invalid_input' },
  { name: 'taxonomy: no terms key', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: json({}), status: 400, issue: 'terms' },
  { name: 'taxonomy: terms a string', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: json({ terms: 'goal-1' }), status: 400, issue: 'terms' },
  { name: 'taxonomy: no terms', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(), status: 400, issue: 'terms' },
  { name: 'taxonomy: 1 000 terms', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('goal-2'), ...Array.from({ length: 999 }, (_, i) => term(`t-${i}`))), status: 201, then: (_f, body) => expect((body as { terms: unknown[] }).terms).toHaveLength(1000) },
  { name: 'taxonomy: 1 001 terms', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(...Array.from({ length: 1001 }, (_, i) => term(`t-${i}`))), status: 400, issue: 'terms' },
  { name: 'taxonomy: a term that is not an object', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms('goal-1'), status: 400, issue: 'terms.0' },
  { name: 'taxonomy: an id with capitals', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('Goal-1')), status: 400, issue: 'terms.0.id' },
  { name: 'taxonomy: an id of 65 characters', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term(repeat(65, 'a'))), status: 400, issue: 'terms.0.id' },
  { name: 'taxonomy: an id of 64 characters', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term(repeat(64, 'a'))), status: 201 },
  { name: 'taxonomy: an id with SQL', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term("x'; drop table taxonomy_versions; --")), status: 400, issue: 'terms.0.id' },
  { name: 'taxonomy: an id with a NUL', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('goal\u00001')), status: 400, issue: 'terms.0.id' },
  { name: 'taxonomy: an unknown kind', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { kind: 'wish' })), status: 400, issue: 'terms.0.kind' },
  { name: 'taxonomy: an empty code', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { code: '' })), status: 400, issue: 'terms.0.code' },
  { name: 'taxonomy: a code of 33 characters', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { code: repeat(33) })), status: 400, issue: 'terms.0.code' },
  { name: 'taxonomy: a label of 500 characters', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { label: repeat(500) })), status: 201 },
  { name: 'taxonomy: a label of 501 characters', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { label: repeat(501) })), status: 400, issue: 'terms.0.label' },
  { name: 'taxonomy: a colour name', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { colour: 'red' })), status: 400, issue: 'terms.0.colour' },
  { name: 'taxonomy: a five-digit colour', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { colour: '#12345' })), status: 400, issue: 'terms.0.colour' },
  { name: 'taxonomy: a colour with CSS injection', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { colour: '#fff; background:url(https://evil.example)' })), status: 400, issue: 'terms.0.colour' },
  { name: 'taxonomy: retired as a string', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { retired: 'ja' })), status: 400, issue: 'terms.0.retired' },
  { name: 'taxonomy: parent a number', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { parent: 5 })), status: 400, issue: 'terms.0.parent' },
  { name: 'taxonomy: an unknown parent', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { parent: 'b' })), status: 400, issue: 'terms.0.parent' },
  { name: 'taxonomy: duplicate ids', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a'), term('b'), term('a', { label: 'Nog eens' })), status: 400, issue: 'terms.2.id' },
  { name: 'taxonomy: unknown fields on a term are dropped', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { evil: '<script>', version: 77 })), status: 201, then: (_f, body) => {
    const created = body as { version: number; terms: Record<string, unknown>[] };
    expect(created.version).toBe(2);
    expect(created.terms.find((candidate) => candidate.id === 'http://localhost/api/taxonomy/terms/a')).toEqual({ ...term('a'), id: 'http://localhost/api/taxonomy/terms/a' });
  } },
  { name: 'taxonomy: a chosen version number is ignored', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: json({ version: 77, terms: [term('a')] }), status: 201, then: (_f, body) => expect((body as { version: number }).version).toBe(2) },
  { name: 'taxonomy: SQL, emoji and RTL in a label are stored verbatim', method: 'POST', path: '/api/taxonomy', auth: 'secretariat', body: terms(term('a', { label: `${SQL} 🎯 \u202eلتسمية e\u0301 \ud800` })), status: 201, then: async (f) => {
    const current = (await (await f.app.request('/api/taxonomy', { token: f.councillor })).json()) as { terms: { id: string; label: string }[] };
    expect(current.terms.find((candidate) => candidate.id === 'http://localhost/api/taxonomy/terms/a')?.label).toBe(`${SQL} 🎯 \u202eلتسمية e\u0301 \ud800`);
  } },
  { name: 'taxonomy: by a councillor, even with broken JSON', method: 'POST', path: '/api/taxonomy', auth: 'councillor', body: raw('{'), status: 403, code: 'forbidden' },
];

// ---------------------------------------------------------------------------------------------------

let fixture: Fixture;

beforeEach(async () => {
  const clock = new ManualClock('2025-03-01T09:00:00.000Z');
  const app = createTestApp({ clock: clock.now });
  const councillor = app.addUser({ name: 'Anna de Vries', role: 'councillor', organisation: 'Gemeente Woerden' });
  const secretariat = app.addUser({ name: 'Sanne Secretaris', role: 'secretariat', organisation: 'Bovenregionaal secretariaat' });
  const existing = await mustCreate(app, councillor, sampleAnnotation(REPORT));
  clock.advance(60_000);
  const namedInvite = await mustCreateInvite(app, secretariat, { role: 'partner', organisation: 'AKJ', name: 'Nora' });
  const anonymousInvite = await mustCreateInvite(app, secretariat, { role: 'respondent', organisation: 'GGD' });
  fixture = { app, clock, councillor, secretariat, existing, namedInvite, anonymousInvite };
});
afterEach(() => fixture.app.close());

describe('hostile and broken input', () => {
  it('has a unique name for every row', () => {
    const names = ROWS.map((row) => row.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(ROWS.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
    const f = fixture;
    const headers = new Headers(typeof row.headers === 'function' ? row.headers(f) : row.headers);
    for (const [key, value] of [...headers]) if (value.includes(VALID_TOKEN_MARKER)) headers.set(key, value.replaceAll(VALID_TOKEN_MARKER, f.councillor));
    if (row.auth !== 'none') headers.set('Authorization', `Bearer ${row.auth === 'councillor' ? f.councillor : f.secretariat}`);
    const payload = typeof row.body === 'function' ? row.body(f) : row.body;
    let body: string | Blob | undefined;
    if (payload !== undefined) {
      if (!headers.has('Content-Type')) headers.set('Content-Type', 'application/json');
      if ('json' in payload) body = JSON.stringify(payload.json);
      else body = typeof payload.raw === 'string' ? payload.raw : new Blob([new Uint8Array(payload.raw)]);
    }
    const path = typeof row.path === 'function' ? row.path(f) : row.path;
    const response = await f.app.request(path, { method: row.method, headers, ...(body !== undefined ? { body } : {}) });
    const text = await response.text();
    const json: unknown = text === '' ? null : JSON.parse(text);

    expect(response.status, `never a 5xx: ${text.slice(0, 300)}`).toBeLessThan(500);
    const allowed = typeof row.status === 'number' ? [row.status] : row.status;
    expect(allowed, `status ${response.status}: ${text.slice(0, 300)}`).toContain(response.status);
    if (response.status >= 400) {
      const error = apiErrorSchema.parse(json).error;
      if (row.code !== undefined) expect(error.code).toBe(row.code);
      if (row.issue !== undefined) {
        const issue = row.issue;
        expect(error.issues?.map((candidate) => candidate.path), `issues naming ${issue}`).toEqual(expect.arrayContaining([expect.stringMatching(new RegExp(`^${issue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\.|$)`))]));
      }
      if (response.status === 401) expect(response.headers.get('WWW-Authenticate')).toBe('Bearer realm="kantlijn"');
    }
    if (row.then && response.status < 400) await row.then(f, json);

    // Whatever happened, the annotations table still answers, and the existing annotation is intact.
    const after = await f.app.request(`/api/annotations/${uuidOf(f.existing.id)}`, { token: f.councillor });
    expect(after.status).toBe(200);
    expect((await listedIds(f.app, f.councillor, REPORT)).at(0)).toBe(f.existing.id);
  });
});
