import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../extension/lib/api-client';

const connection = { serverUrl: 'http://127.0.0.1:8787', token: 'kl_token' };

function fakeFetch(respond: (url: string, init: RequestInit) => Response | Promise<Response>) {
  const calls: { url: string; init: RequestInit }[] = [];
  const impl = (async (input: URL | RequestInfo, init: RequestInit = {}) => {
    calls.push({ url: String(input), init });
    return respond(String(input), init);
  }) as typeof fetch;
  return { impl, calls };
}

describe('createApiClient', () => {
  it('sends the bearer token and unwraps an AnnotationPage', async () => {
    const fetch = fakeFetch(() => Response.json({ type: 'AnnotationPage', items: [{ id: 'urn:uuid:1' }] }));
    const result = await createApiClient(connection, fetch.impl).listAnnotations('https://svmn.nl/r.html?a=1&b=2');
    expect(result).toEqual({ ok: true, value: [{ id: 'urn:uuid:1' }] });
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
    expect(result).toEqual({ ok: true, value: [{ id: 'urn:uuid:1' }, { id: 'urn:uuid:2' }, { id: 'urn:uuid:3' }] });
    expect(fetch.calls).toHaveLength(3);
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
