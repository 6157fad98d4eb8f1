import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTestServer, type HttpTestServer } from '../../helpers/http-server';
import { openEventStream } from '../../helpers/sse-client';
import { sampleAnnotation } from '../../helpers/test-app';

const PAGE = 'https://www.svmn.nl/rapporten/voortgang.html';
const COPY = 'https://raad.woerden.nl/stukken/voortgang.html';
const OTHER = 'https://example.org/ander.html';

let http: HttpTestServer;
let reader: string;
let author: string;

beforeAll(async () => {
  http = await startHttpTestServer();
  reader = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
  author = http.addUser({ name: 'Chris', role: 'partner', organisation: 'AKJ' });
  const secretariat = http.addUser({ name: 'Griffie', role: 'secretariat', organisation: 'Secretariaat' });
  const registered = await http.fetch('/api/documents', { method: 'POST', token: secretariat, json: { title: 'Voortgang', urls: [PAGE, COPY] } });
  expect(registered.status).toBe(201);
});
afterAll(() => http.close());

describe('live updates of a document with several addresses', { timeout: 30_000 }, () => {
  it('reach a reader watching one address when something is made at another, and not for other documents', async () => {
    const stream = await openEventStream((signal) => http.fetch(`/api/events?source=${encodeURIComponent(COPY)}`, { token: reader, signal }));
    const elsewhere = (await (await http.fetch('/api/annotations', { method: 'POST', token: author, json: sampleAnnotation(OTHER) })).json()) as { id: string };
    const atPage = (await (await http.fetch('/api/annotations', { method: 'POST', token: author, json: sampleAnnotation(PAGE) })).json()) as { id: string };
    await expect.poll(() => stream.names()).toEqual([`annotation.created ${atPage.id}`]);
    expect(stream.names().join()).not.toContain(elsewhere.id);
    await stream.close();
  });
});
