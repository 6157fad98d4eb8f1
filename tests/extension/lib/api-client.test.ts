import { describe, expect, it } from 'vitest';
import { sameAnnotation } from '../../../shared/w3c/read-annotation';
import { createApiClient } from '../../../extension/lib/api-client';
import { urlOf } from '../../helpers/fetch-input';

const connection = { serverUrl: 'http://127.0.0.1:8787', token: 'kl_token' };

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (input: URL | RequestInfo, init: RequestInit = {}) => {
    calls.push({ url: urlOf(input), init });
    return respond(urlOf(input), init);
  }) as typeof fetch;
  return { impl, calls };
}

describe('createApiClient', () => {
  it('sends the bearer token and unwraps an AnnotationPage', async () => {
    const fetch = fakeFetch(() => Response.json({ type: 'AnnotationPage', items: [{ id: 'urn:uuid:1' }] }));
    const result = await createApiClient(connection, fetch.impl).listAnnotations('https://svmn.nl/r.html?a=1&b=2');
    expect(result).toEqual({ ok: true, value: [{ id: 'urn:uuid:1', body: [] }] });
    expect(fetch.calls[0]!.url).toBe('http://127.0.0.1:8787/api/annotations?source=https%3A%2F%2Fsvmn.nl%2Fr.html%3Fa%3D1%26b%3D2');
    expect(new Headers(fetch.calls[0]!.init.headers).get('Authorization')).toBe('Bearer kl_token');
  });

  it('names the PDF file’s fingerprint beside its URL, so the server learns the pair', async () => {
    const fetch = fakeFetch(() => Response.json({ type: 'AnnotationPage', items: [] }));
    await createApiClient(connection, fetch.impl).listAnnotations('https://raad.nl/b.pdf', 'urn:x-pdf:00ff00ff00ff00ff');
    expect(new URL(fetch.calls[0]!.url).searchParams.get('source')).toBe('https://raad.nl/b.pdf');
    expect(new URL(fetch.calls[0]!.url).searchParams.get('fingerprint')).toBe('urn:x-pdf:00ff00ff00ff00ff');
  });

  it('follows `next` until the last page', async () => {
    const fetch = fakeFetch((url) =>
      url.includes('cursor=b')
        ? Response.json({ type: 'AnnotationPage', items: [{ id: 'urn:uuid:3' }] })
        : url.includes('cursor=a')
          ? Response.json({ type: 'AnnotationPage', items: [{ id: 'urn:uuid:2' }], next: '/api/annotations?source=x&cursor=b' })
          : Response.json({ type: 'AnnotationPage', items: [{ id: 'urn:uuid:1' }], next: '/api/annotations?source=x&cursor=a' }),
    );
    const result = await createApiClient(connection, fetch.impl).listAnnotations('x');
    expect(result.ok && result.value.map((item) => item.id)).toEqual(['urn:uuid:1', 'urn:uuid:2', 'urn:uuid:3']);
    expect(fetch.calls).toHaveLength(3);
  });

  it('reads the W3C shape (IRIs, no empty body or selector) as the shape the extension works with, and the older one alike', async () => {
    const uuid = '6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
    const parent = '0b7d5a0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f';
    const served = [
      {
        id: `https://kantlijn.example/api/annotations/${uuid}`,
        body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'https://kantlijn.example/api/taxonomy/terms/goal-2' }],
        target: { source: 'https://svmn.nl/r.html' },
      },
      { id: `https://kantlijn.example/api/annotations/${parent}`, target: `https://kantlijn.example/api/annotations/${uuid}` },
      { id: `urn:uuid:${parent}`, body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' }], target: { source: 'https://svmn.nl/r.html', selector: [] } },
    ];
    const fetch = fakeFetch(() => Response.json({ type: 'AnnotationPage', items: served }));
    const result = await createApiClient(connection, fetch.impl).listAnnotations('https://svmn.nl/r.html');
    expect(result).toEqual({
      ok: true,
      value: [
        { id: `https://kantlijn.example/api/annotations/${uuid}`, body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' }], target: { source: 'https://svmn.nl/r.html', selector: [] } },
        { id: `https://kantlijn.example/api/annotations/${parent}`, body: [], target: `https://kantlijn.example/api/annotations/${uuid}` },
        { id: `urn:uuid:${parent}`, body: [{ type: 'SpecificResource', purpose: 'classifying', source: 'goal-2' }], target: { source: 'https://svmn.nl/r.html', selector: [] } },
      ],
    });
  });

  it('reads a taxonomy whose terms are named by IRI as one named by plain ids', async () => {
    const fetch = fakeFetch(() =>
      Response.json({ version: 2, terms: [{ id: 'https://k.example/api/taxonomy/terms/action-2-1', parent: 'https://k.example/api/taxonomy/terms/goal-2', kind: 'action', code: '2.1', label: 'x', colour: '#123456' }] }),
    );
    const result = await createApiClient(connection, fetch.impl).taxonomy();
    expect(result.ok && result.value.terms[0]).toMatchObject({ id: 'action-2-1', parent: 'goal-2' });
  });

  it('turns the API error shape into a failure with code, message and status', async () => {
    const fetch = fakeFetch(() => Response.json({ error: { code: 'invalid_input', message: 'Ongeldige invoer in de body.' } }, { status: 400 }));
    const result = await createApiClient(connection, fetch.impl).createAnnotation({} as never);
    expect(result).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Ongeldige invoer in de body.', status: 400 } });
  });

  it('reports an unreachable server as offline and a non-JSON answer as a bad response', async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    expect(await createApiClient(connection, down.impl).me()).toMatchObject({ ok: false, error: { code: 'offline' } });
    const proxy = fakeFetch(() => new Response('<html>502</html>', { status: 502 }));
    expect(await createApiClient(connection, proxy.impl).me()).toMatchObject({ ok: false, error: { code: 'bad_response', status: 502 } });
  });

  it('does not call the server without a token', async () => {
    const fetch = fakeFetch(() => Response.json({}));
    const result = await createApiClient({ ...connection, token: '' }, fetch.impl).taxonomy();
    expect(result).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(fetch.calls).toHaveLength(0);
  });
});

describe('sameAnnotation', () => {
  it.each([
    ['urn:uuid:6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', 'https://k.example/api/annotations/6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', true],
    ['6F1C1F0E-1B2A-4C3D-9E8F-0A1B2C3D4E5F', 'urn:uuid:6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', true],
    ['urn:uuid:6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', 'urn:uuid:7f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', false],
    ['https://k.example/api/annotations/6f1c1f0e-1b2a-4c3d-9e8f-0a1b2c3d4e5f', 'https://k.example/api/taxonomy/terms/goal-2', false],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameAnnotation(a, b)).toBe(same);
  });
});
