import type { Annotation, AnnotationInput, W3cAnnotation } from '../../shared/schemas/annotation';
import { readAnnotation, readTaxonomy } from '../../shared/w3c/read-annotation';
import { apiErrorSchema } from '../../shared/schemas/api-error';
import type { DocumentList } from '../../shared/schemas/document';
import type { AnchorReport } from '../../shared/schemas/response';
import type { NotificationList, NotificationSettings, NotificationSettingsView } from '../../shared/schemas/notification';
import type { Me } from '../../shared/schemas/roles';
import type { Taxonomy } from '../../shared/schemas/taxonomy';
import { fail, ok, type Result } from './result';

/** A page of search results, best first (each with its `highlight`), and whether more matched. */
export interface SearchResults {
  items: Annotation[];
  more: boolean;
}

/** How many search results the sidebar shows: the best ones; more words narrow it down. */
export const SEARCH_RESULTS = 50;

/** Where and as whom to call the API: with the extension's token, or with the reader's browser session. */
export type ApiConnection = TokenConnection | SessionConnection;

/** The extension's way: a bearer token from its storage. */
export interface TokenConnection {
  serverUrl: string;
  token: string;
}

/**
 * The reader's way in the browser: the session cookie (which the page's script cannot read)
 * goes along by itself; every request carries the session's CSRF token in `X-Kantlijn-CSRF`.
 */
export interface SessionConnection {
  serverUrl: string;
  csrfToken: string;
}

/** The header the server expects the reader's CSRF token in (server/http/reader-session.ts). */
export const CSRF_HEADER = 'X-Kantlijn-CSRF';

/** The credentials one request carries, or null when there are none to carry. */
function credentialHeaders(connection: ApiConnection): Record<string, string> | null {
  if ('csrfToken' in connection) return { [CSRF_HEADER]: connection.csrfToken };
  return connection.token ? { Authorization: `Bearer ${connection.token}` } : null;
}

/** The calls the extension makes; every one resolves to a `Result`, never throws. */
export interface ApiClient {
  me(): Promise<Result<Me>>;
  taxonomy(): Promise<Result<Taxonomy>>;
  /**
   * Every annotation of the document at `source`; with the PDF's `fingerprint`, the server learns
   * that the file is at that URL and lists what was made on the same file elsewhere too.
   */
  listAnnotations(source: string, fingerprint?: string): Promise<Result<Annotation[]>>;
  /** Tells the server how the document's annotations anchored in the version read here. */
  reportAnchorStates(report: AnchorReport): Promise<Result<{ changed: number }>>;
  /** The reading list: the registered documents with the reader's counts. */
  listDocuments(): Promise<Result<DocumentList>>;
  /** The best matches for `q` among one document's annotations (the server decides what matches). */
  searchAnnotations(source: string, q: string): Promise<Result<SearchResults>>;
  createAnnotation(input: AnnotationInput): Promise<Result<Annotation>>;
  /** One annotation with its ETag, for a later conditional change. */
  getAnnotation(id: string): Promise<Result<{ annotation: Annotation; etag: string }>>;
  /** Replaces an annotation if it is still the version `etag` names (412 `version_conflict` otherwise). */
  replaceAnnotation(id: string, input: AnnotationInput, etag: string): Promise<Result<Annotation>>;
  deleteAnnotation(id: string, etag: string): Promise<Result<null>>;
  /** What is new for the reader ("Nieuw voor u"): the unread count and the newest `limit` items. */
  notifications(limit?: number): Promise<Result<NotificationList>>;
  /** Marks read up to and including `upTo`, or everything; answers the unread count left. */
  markNotificationsRead(upTo?: string): Promise<Result<{ unread: number }>>;
  notificationSettings(): Promise<Result<NotificationSettingsView>>;
  saveNotificationSettings(settings: NotificationSettings): Promise<Result<NotificationSettingsView>>;
}

/** Most pages of annotations read for one document (200 each): beyond that a page is not readable anyway. */
const MAX_PAGES = 50;

/** Longest wait for one answer; after it the server counts as unreachable. */
const REQUEST_TIMEOUT_MS = 15_000;

/** An API client for one connection. `fetchImpl` is injectable for tests. */
export function createApiClient(connection: ApiConnection, fetchImpl: typeof fetch = fetch): ApiClient {
  async function request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Result<{ value: T; etag: string }>> {
    const credentials = credentialHeaders(connection);
    if (!credentials) return fail('not_signed_in', 'Niet aangemeld: vul in de opties een token in.');
    let response: Response;
    try {
      response = await fetchImpl(new URL(path, connection.serverUrl), {
        method,
        // The reader's session cookie goes to its own server only, never elsewhere.
        credentials: 'same-origin',
        headers: {
          ...credentials,
          ...(body !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...headers,
        },
        body: body !== undefined ? JSON.stringify(body) : null,
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
      });
    } catch {
      return fail('offline', 'De Kantlijn-server is niet bereikbaar.');
    }
    const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
    if (response.ok) return ok({ value: payload as T, etag: response.headers.get('ETag') ?? '' });
    const parsed = apiErrorSchema.safeParse(payload);
    return parsed.success
      ? fail(parsed.data.error.code, parsed.data.error.message, response.status)
      : fail('bad_response', `De server antwoordde met status ${response.status}.`, response.status);
  }

  async function call<T>(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Result<T>> {
    const answer = await request<T>(method, path, body, headers);
    return answer.ok ? ok(answer.value.value) : answer;
  }

  const annotationPath = (id: string) => `/api/annotations/${encodeURIComponent(id)}`;
  /** An annotation answer in the one shape the extension works with (see `readAnnotation`). */
  const read = (answer: Result<W3cAnnotation>): Result<Annotation> => (answer.ok ? ok(readAnnotation(answer.value)) : answer);

  return {
    me: () => call<Me>('GET', '/api/me'),
    taxonomy: async () => {
      const answer = await call<Taxonomy>('GET', '/api/taxonomy');
      return answer.ok ? ok(readTaxonomy(answer.value)) : answer;
    },
    async listAnnotations(source, fingerprint) {
      // The server pages at 200; a much-discussed report has more, so follow `next` to the end.
      const items: Annotation[] = [];
      const query = new URLSearchParams({ source, ...(fingerprint ? { fingerprint } : {}) });
      let path: string | undefined = `/api/annotations?${query}`;
      for (let pages = 0; path && pages < MAX_PAGES; pages++) {
        const page: Result<{ items: W3cAnnotation[]; next?: string }> = await call<{ items: W3cAnnotation[]; next?: string }>('GET', path);
        if (!page.ok) return page;
        items.push(...page.value.items.map(readAnnotation));
        path = page.value.next;
      }
      return ok(items);
    },
    async searchAnnotations(source, q) {
      const query = new URLSearchParams({ source, q, limit: String(SEARCH_RESULTS) });
      const page = await call<{ items: W3cAnnotation[]; next?: string }>('GET', `/api/annotations?${query.toString()}`);
      return page.ok ? ok({ items: page.value.items.map(readAnnotation), more: page.value.next !== undefined }) : page;
    },
    createAnnotation: async (input) => read(await call<W3cAnnotation>('POST', '/api/annotations', input)),
    reportAnchorStates: (report) => call<{ changed: number }>('POST', '/api/anchor-states', report),
    listDocuments: () => call<DocumentList>('GET', '/api/documents'),
    async getAnnotation(id) {
      const answer = await request<W3cAnnotation>('GET', annotationPath(id));
      return answer.ok ? ok({ annotation: readAnnotation(answer.value.value), etag: answer.value.etag }) : answer;
    },
    notifications: (limit = 50) => call<NotificationList>('GET', `/api/notifications?limit=${limit}`),
    markNotificationsRead: (upTo) => call<{ unread: number }>('POST', '/api/notifications/read', upTo === undefined ? {} : { upTo }),
    notificationSettings: () => call<NotificationSettingsView>('GET', '/api/me/notification-settings'),
    saveNotificationSettings: (settings) => call<NotificationSettingsView>('PUT', '/api/me/notification-settings', settings),
    replaceAnnotation: async (id, input, etag) => read(await call<W3cAnnotation>('PUT', annotationPath(id), input, { 'If-Match': etag })),
    async deleteAnnotation(id, etag) {
      const answer = await call<null>('DELETE', annotationPath(id), undefined, { 'If-Match': etag });
      return answer.ok ? ok(null) : answer;
    },
  };
}
