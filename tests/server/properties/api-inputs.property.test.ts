import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiErrorSchema } from '../../../shared/schemas/api-error';
import { createTestApp, sampleAnnotation, type TestApp } from '../../helpers/test-app';

let app: TestApp;
let token: string;
let secretariat: string;
beforeAll(() => {
  app = createTestApp();
  token = app.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
  secretariat = app.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
});
afterAll(() => app.close());

/** Any JSON value, deep and wide enough to hit every branch of a schema. */
const anyJson = fc.jsonValue({ maxDepth: 4 });

/** A valid annotation with one field replaced by arbitrary JSON: the near misses that find bugs. */
const mutatedAnnotation = fc
  .tuple(fc.constantFrom('@context', 'type', 'id', 'motivation', 'body', 'target', 'kind', 'visibility', 'round', 'extra'), anyJson)
  .map(([field, value]) => ({ ...sampleAnnotation('https://www.svmn.nl/r.html'), [field]: value }));

/** The answer must be a success or a 4xx in the error shape; never a 5xx. */
async function assertHandled(response: Response): Promise<void> {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) expect(apiErrorSchema.safeParse(await response.json()).success).toBe(true);
}

const RUNS = { numRuns: 1500 };

describe('property: the API never answers bad input with a 5xx', { timeout: 60_000 }, () => {
  it('POST /api/annotations with arbitrary JSON and with near-valid annotations', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyJson, mutatedAnnotation), async (body) => {
        await assertHandled(await app.request('/api/annotations', { method: 'POST', token, json: body }));
      }),
      RUNS,
    );
  });

  it('POST /api/annotations with arbitrary bytes as body', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 300 }), async (text) => {
        await assertHandled(
          await app.request('/api/annotations', { method: 'POST', token, headers: { 'Content-Type': 'application/json' }, body: text }),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('GET /api/annotations with arbitrary query parameters', async () => {
    const names = fc.constantFrom('source', 'term', 'kind', 'role', 'organisation', 'author', 'round', 'since', 'limit', 'cursor');
    await fc.assert(
      fc.asyncProperty(fc.dictionary(names, fc.string({ unit: 'grapheme', maxLength: 60 })), async (query) => {
        await assertHandled(await app.request(`/api/annotations?${new URLSearchParams(query).toString()}`, { token }));
      }),
      RUNS,
    );
  });

  it('PUT /api/annotations/{id} with arbitrary ids and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 80 }), fc.oneof(anyJson, mutatedAnnotation), async (id, body) => {
        await assertHandled(await app.request(`/api/annotations/${encodeURIComponent(id)}`, { method: 'PUT', token, json: body }));
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['/api/rounds', 'POST'],
    ['/api/invites', 'POST'],
    ['/api/taxonomy', 'POST'],
    ['/api/invites/AbCdEfGhIjKlMnOpQrStUv/redeem', 'POST'],
    ['/api/notifications/read', 'POST'],
    ['/api/me/notification-settings', 'PUT'],
  ])('%s with arbitrary JSON', async (path, method) => {
    await fc.assert(
      fc.asyncProperty(anyJson, async (body) => {
        await assertHandled(await app.request(path, { method, token: secretariat, json: body }));
      }),
      { numRuns: 500 },
    );
  });
});
