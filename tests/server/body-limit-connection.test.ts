import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../shared/schemas/api-error';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { sampleAnnotation } from '../helpers/test-app';

let http: HttpTestServer;
let token: string;
beforeAll(async () => {
  http = await startHttpTestServer();
  token = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
});
afterAll(() => http.close());

const SOURCE = 'https://www.example.nl/rapporten/groot.html';
const tooLarge = () => JSON.stringify(sampleAnnotation(SOURCE, { body: [{ type: 'TextualBody', value: 'x'.repeat(1024 * 1024 + 10) }] }));

describe('a body over 1 MiB on a kept-alive connection', { timeout: 30_000 }, () => {
  // Node's fetch (undici) keeps connections alive and reuses them: what follows a 413 must not
  // land on a connection the server has silently dropped.
  it.each([1, 2, 3])('is answered 413 and the next request on the pool succeeds (round %i)', async () => {
    const refused = await http.fetch('/api/annotations', { method: 'POST', token, headers: { 'Content-Type': 'application/json' }, body: tooLarge() });
    expect(refused.status).toBe(413);
    expect(refused.headers.get('Connection')).toBe('close');
    expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('body_too_large');
    const next = await http.fetch('/api/annotations', { method: 'POST', token, json: sampleAnnotation(SOURCE) });
    expect(next.status).toBe(201);
    const read = await http.fetch('/api/me', { token });
    expect(read.status).toBe(200);
  });

  it('is answered 413 also when it arrives in chunks without a length, and the next request succeeds', async () => {
    const bytes = new TextEncoder().encode(tooLarge());
    const chunked = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const refused = await http.fetch('/api/annotations', { method: 'POST', token, headers: { 'Content-Type': 'application/json' }, body: chunked, duplex: 'half' } as RequestInit);
    expect(refused.status).toBe(413);
    expect(refused.headers.get('Connection')).toBe('close');
    expect(apiErrorSchema.parse(await refused.json()).error.code).toBe('body_too_large');
    expect((await http.fetch('/api/me', { token })).status).toBe(200);
    // A body within the limit still arrives whole, however it is sent.
    const small = new TextEncoder().encode(JSON.stringify(sampleAnnotation(SOURCE)));
    const fine = await http.fetch('/api/annotations', {
      method: 'POST',
      token,
      headers: { 'Content-Type': 'application/json' },
      body: new ReadableStream<Uint8Array>({ start: (controller) => (controller.enqueue(small), controller.close()) }),
      duplex: 'half',
    } as RequestInit);
    expect(fine.status).toBe(201);
  });

  it('on the dashboard (forms up to 64 KiB) is answered 413 and the next request succeeds', async () => {
    for (let round = 0; round < 3; round++) {
      const refused = await fetch(`${http.url}/dashboard/inloggen`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: 'x'.repeat(200 * 1024) }),
      });
      expect(refused.status).toBe(413);
      expect(refused.headers.get('Connection')).toBe('close');
      await refused.text();
      expect((await fetch(`${http.url}/dashboard/inloggen`)).status).toBe(200);
    }
  });
});
