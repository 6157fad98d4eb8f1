import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { annotationPageSchema } from '../../shared/schemas/annotation';
import { mustCreate, putAnnotation } from '../helpers/api-fixtures';
import { createTestApp, sampleAnnotation, type TestApp } from '../helpers/test-app';

const FINGERPRINT = 'urn:x-pdf:0123456789abcdef0123456789abcdef';
let app: TestApp;
let token: string;

beforeEach(() => {
  app = createTestApp();
  token = app.addUser({ role: 'councillor', name: 'Sanne Bakker', organisation: 'Gemeente Utrecht' });
});
afterEach(() => app.close());

async function list(source: string) {
  const response = await app.request(`/api/annotations?source=${encodeURIComponent(source)}`, { token });
  expect(response.status).toBe(200);
  return annotationPageSchema.parse(await response.json()).items;
}

describe('PDF fingerprints', () => {
  it('stores target.fingerprint and lists a PDF’s annotations from every URL, replies included, by ?source=urn:x-pdf:…', async () => {
    // Asked before anything exists, as a viewer does on opening: the answer must not stick.
    expect(await list(FINGERPRINT)).toEqual([]);
    const svmn = sampleAnnotation('https://svmn.example/rapport.pdf');
    const created = await mustCreate(app, token, { ...svmn, target: { ...(svmn.target as object), fingerprint: FINGERPRINT } });
    const stored = (await (await app.request(`/api/annotations/${encodeURIComponent(created.id)}`, { token })).json()) as { target: unknown };
    expect(stored.target).toMatchObject({ source: 'https://svmn.example/rapport.pdf', fingerprint: FINGERPRINT });
    const elsewhere = sampleAnnotation('https://gemeente.example/bijlage.pdf');
    const atCouncil = await mustCreate(app, token, { ...elsewhere, target: { ...(elsewhere.target as object), fingerprint: FINGERPRINT } });
    await mustCreate(app, token, sampleAnnotation('https://svmn.example/ander-rapport.pdf'));
    const reply = await mustCreate(app, token, {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'Annotation',
      motivation: 'replying',
      body: [{ type: 'TextualBody', purpose: 'replying', value: 'Goede vraag.' }],
      target: created.id,
    });
    const items = await list(FINGERPRINT);
    expect(items.map((item) => item.id).sort()).toEqual([created.id, reply.id, atCouncil.id].sort());
    // Each URL at which the file was annotated is the same document.
    expect((await list('https://gemeente.example/bijlage.pdf')).map((item) => item.id).sort()).toEqual([created.id, reply.id, atCouncil.id].sort());
    expect(await list('urn:x-pdf:ffffffffffffffffffffffffffffffff')).toEqual([]);
  });

  it('keeps the fingerprint when a replacement does not name one, and refuses a malformed one', async () => {
    const base = sampleAnnotation('https://svmn.example/rapport.pdf');
    const created = await mustCreate(app, token, { ...base, target: { ...(base.target as object), fingerprint: FINGERPRINT } });
    const replaced = await putAnnotation(app, token, created.id, base, created.etag);
    expect(replaced.status).toBe(200);
    expect(((await replaced.json()) as { target: { fingerprint?: string } }).target.fingerprint).toBe(FINGERPRINT);
    const bad = await app.request('/api/annotations', { method: 'POST', token, json: { ...base, target: { ...(base.target as object), fingerprint: 'urn:x-pdf:NOT HEX' } } });
    expect(bad.status).toBe(400);
  });
});
