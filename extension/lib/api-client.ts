import type { Annotation, AnnotationInput, AnnotationPage } from '../../shared/schemas/annotation';
import { apiErrorSchema } from '../../shared/schemas/api-error';
import type { Me } from '../../shared/schemas/roles';
import type { Taxonomy } from '../../shared/schemas/taxonomy';
import { fail, ok, type Result } from './result';

/** Where and as whom to call the API. */
export interface ApiConnection {
  serverUrl: string;
  token: string;
}

/** The calls the extension makes; every one resolves to a `Result`, never throws. */
export interface ApiClient {
  me(): Promise<Result<Me>>;
  taxonomy(): Promise<Result<Taxonomy>>;
  listAnnotations(source: string): Promise<Result<Annotation[]>>;
  createAnnotation(input: AnnotationInput): Promise<Result<Annotation>>;
}

/** Longest wait for one answer; after it the server counts as unreachable. */
const REQUEST_TIMEOUT_MS = 15_000;

/** An API client for one connection. `fetchImpl` is injectable for tests. */
export function createApiClient(connection: ApiConnection, fetchImpl: typeof fetch = fetch): ApiClient {
  async function call<T>(method: string, path: string, body?: unknown): Promise<Result<T>> {
    if (!connection.token) return fail('not_signed_in', 'Niet aangemeld: vul in de opties een token in.');
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, connection.serverUrl), {
        method,
        headers: {
          Authorization: `Bearer ${connection.token}`,
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
        },
        body: body !== undefined ? JSON.stringify(body) : null,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      return fail('offline', 'De Kantlijn-server is niet bereikbaar.');
    }
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok) return ok(payload as T);
    const parsed = apiErrorSchema.safeParse(payload);
    return parsed.success
      ? fail(parsed.data.error.code, parsed.data.error.message, response.status)
      : fail('bad_response', `De server antwoordde met status ${response.status}.`, response.status);
  }

  return {
    me: () => call<Me>('GET', '/api/me'),
    taxonomy: () => call<Taxonomy>('GET', '/api/taxonomy'),
    async listAnnotations(source) {
      const page = await call<AnnotationPage>('GET', `/api/annotations?source=${encodeURIComponent(source)}`);
      return page.ok ? ok(page.value.items) : page;
    },
    createAnnotation: (input) => call<Annotation>('POST', '/api/annotations', input),
  };
}
