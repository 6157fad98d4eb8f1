import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { AnnotationInput } from '../../../shared/schemas/annotation';
import type { ApiClient } from '../../../extension/lib/api-client';
import { createBackgroundHandlers } from '../../../extension/lib/background-handlers';
import { enqueue, flushOutbox, readOutbox } from '../../../extension/lib/outbox';
import { fail, ok, type Result } from '../../../extension/lib/result';

const SOURCE = 'https://svmn.nl/rapport.html';

function input(n: number): AnnotationInput {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    motivation: 'commenting',
    body: [{ type: 'TextualBody', value: `Opmerking ${n}` }],
    target: { source: SOURCE, selector: [{ type: 'TextQuoteSelector', exact: `passage ${n}` }] },
  };
}

/** A server that stores by id (as the real one does) and can be switched off or made to refuse. */
function fakeServer() {
  const stored = new Map<string, AnnotationInput>();
  const state = { reachable: true, refuse: new Set<string>(), calls: 0 };
  const createAnnotation = async (annotation: AnnotationInput): Promise<Result<never>> => {
    state.calls += 1;
    if (!state.reachable) return fail('offline', 'De Kantlijn-server is niet bereikbaar.');
    if (state.refuse.has(annotation.id!)) return fail('invalid_input', 'Ongeldig', 400);
    stored.set(annotation.id!, annotation);
    return ok({ id: annotation.id } as never);
  };
  const client = {
    createAnnotation,
    listAnnotations: async () => (state.reachable ? ok([...stored.values()].map((value) => ({ id: value.id }) as never)) : fail('offline', 'weg')),
    me: async () => fail('offline', 'weg'),
    taxonomy: async () => fail('offline', 'weg'),
    getAnnotation: async () => fail('offline', 'weg'),
    replaceAnnotation: async () => fail('offline', 'weg'),
    deleteAnnotation: async () => fail('offline', 'weg'),
  } as unknown as ApiClient;
  return { client, stored, state };
}

beforeEach(() => fakeBrowser.reset());

describe('the outbox', () => {
  it('keeps creates made while the server is unreachable and sends each exactly once, in order, when it is back', async () => {
    const server = fakeServer();
    const handlers = createBackgroundHandlers(async () => server.client);
    server.state.reachable = false;
    const first = await handlers['annotations:create']({ input: input(1), source: SOURCE });
    const second = await handlers['annotations:create']({ input: input(2), source: SOURCE });
    expect(first).toEqual({ ok: true, value: { annotation: null, pending: true } });
    expect(second).toEqual({ ok: true, value: { annotation: null, pending: true } });
    expect((await readOutbox()).map((entry) => entry.id)).toEqual([input(1).id, input(2).id]);

    server.state.reachable = true;
    const [a, b] = await Promise.all([flushOutbox(server.client), flushOutbox(server.client)]);
    expect(a).toBe(b);
    expect(a.sent.map((annotation) => annotation.id)).toEqual([input(1).id, input(2).id]);
    expect([...server.stored.keys()]).toEqual([input(1).id, input(2).id]);
    expect(await readOutbox()).toEqual([]);
    await flushOutbox(server.client);
    expect(server.stored.size).toBe(2);
  });

  it('survives a restart of the background: the entries live in storage.local', async () => {
    const server = fakeServer();
    server.state.reachable = false;
    await createBackgroundHandlers(async () => server.client)['annotations:create']({ input: input(3), source: SOURCE });
    const raw = await fakeBrowser.storage.local.get('outbox');
    expect((raw.outbox as { id: string }[]).map((entry) => entry.id)).toEqual([input(3).id]);
    server.state.reachable = true;
    const listed = await createBackgroundHandlers(async () => server.client)['annotations:list']({ source: SOURCE });
    expect(listed.ok && listed.value.pending).toEqual([]);
    expect([...server.stored.keys()]).toEqual([input(3).id]);
  });

  it('lists pending creates of the document with the server’s annotations', async () => {
    const server = fakeServer();
    server.state.reachable = false;
    await enqueue({ id: input(4).id!, operation: 'create', input: input(4), source: SOURCE, queuedAt: '2026-11-23T10:00:00.000Z' });
    await enqueue({ id: input(5).id!, operation: 'create', input: input(5), source: 'https://elders.nl/', queuedAt: '2026-11-23T10:00:00.000Z' });
    expect(await flushOutbox(server.client)).toMatchObject({ sent: [], waiting: 2 });
    expect((await readOutbox()).map((entry) => entry.attempts)).toEqual([1, 0]);
  });

  it('returns a refused create to the editor and keeps a refused background entry for the user', async () => {
    const server = fakeServer();
    server.state.refuse.add(input(6).id!);
    const handlers = createBackgroundHandlers(async () => server.client);
    expect(await handlers['annotations:create']({ input: input(6), source: SOURCE })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await readOutbox()).toEqual([]);

    await enqueue({ id: input(6).id!, operation: 'create', input: input(6), source: SOURCE, queuedAt: '2026-11-23T10:00:00.000Z' });
    await enqueue({ id: input(7).id!, operation: 'create', input: input(7), source: SOURCE, queuedAt: '2026-11-23T10:00:00.000Z' });
    const result = await flushOutbox(server.client);
    expect(result.rejected.map((entry) => entry.id)).toEqual([input(6).id]);
    expect(result.sent.map((annotation) => annotation.id)).toEqual([input(7).id]);
    expect(await readOutbox()).toMatchObject([{ id: input(6).id, state: 'rejected', error: { code: 'invalid_input' } }]);
  });
});
