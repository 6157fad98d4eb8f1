import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotationPageSchema } from '../../../shared/schemas/annotation';
import { startHttpTestServer, type HttpTestServer } from '../../helpers/http-server';
import { sampleAnnotation } from '../../helpers/test-app';

const A = 'https://www.svmn.nl/media/jaarverslag-2024.pdf';
const B = 'https://raad.woerden.nl/stukken/bijlage-3.pdf';
const C = 'https://raad.woerden.nl/stukken/bijlage-4.pdf';
const F = 'urn:x-pdf:00112233445566778899aabbccddeeff';
const G = 'urn:x-pdf:ffeeddccbbaa99887766554433221100';

let http: HttpTestServer;
let author: string;
let reader: string;

beforeAll(async () => {
  http = await startHttpTestServer();
  author = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
  reader = http.addUser({ name: 'Chris', role: 'partner', organisation: 'AKJ' });
});
afterAll(() => http.close());

/** What the viewer asks on opening a PDF: the annotations at its URL, naming the file's fingerprint. */
async function viewerOpens(url: string, fingerprint?: string): Promise<string[]> {
  const query = new URLSearchParams({ source: url, ...(fingerprint ? { fingerprint } : {}) });
  const response = await http.fetch(`/api/annotations?${query}`, { token: reader });
  expect(response.status).toBe(200);
  return annotationPageSchema.parse(await response.json()).items.map((item) => item.id);
}

describe('the same PDF at an unregistered address, over HTTP', () => {
  it('lists at URL B what was made at URL A without a fingerprint, once the viewer saw the same file at both', async () => {
    const made: string[] = [];
    for (const value of ['Eerste opmerking', 'Tweede opmerking']) {
      const response = await http.fetch('/api/annotations', { method: 'POST', token: author, json: sampleAnnotation(A, { body: [{ type: 'TextualBody', purpose: 'commenting', value }] }) });
      expect(response.status).toBe(201);
      made.push(((await response.json()) as { id: string }).id);
    }
    // Before the viewer has seen B's file, B is another document (and that answer must not stick).
    expect(await viewerOpens(B)).toEqual([]);
    expect((await viewerOpens(A, F)).sort()).toEqual([...made].sort());
    expect((await viewerOpens(B, F)).sort()).toEqual([...made].sort());
    expect((await viewerOpens(B)).sort()).toEqual([...made].sort());
    expect((await viewerOpens(F)).sort()).toEqual([...made].sort());
    // Another file at a third address stays apart.
    expect(await viewerOpens(C, G)).toEqual([]);
    expect(await viewerOpens(C)).toEqual([]);
  });

  it('refuses a fingerprint that is not one', async () => {
    const response = await http.fetch(`/api/annotations?source=${encodeURIComponent(A)}&fingerprint=abc`, { token: reader });
    expect(response.status).toBe(400);
  });
});
