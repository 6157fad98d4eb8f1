import { annotationUuid } from '../../shared/w3c/iris';
import BetterSqlite3 from 'better-sqlite3';
import { expect } from 'vitest';
import { annotationPageSchema, annotationSchema, type Annotation } from '../../shared/schemas/annotation';
import { apiErrorSchema, type ApiError } from '../../shared/schemas/api-error';
import { meSchema, type Me } from '../../shared/schemas/roles';
import { generateToken, hashToken } from '../../server/services/tokens';
import type { TestApp } from './test-app';

/** The W3C context every annotation sent in these tests names. */
export const W3C = 'http://www.w3.org/ns/anno.jsonld';

/** A clock the tests move by hand; pass `clock.now` to `createTestApp({ clock })`. */
export class ManualClock {
  private time: number;

  constructor(start: string | Date = '2025-03-01T09:00:00.000Z') {
    this.time = new Date(start).getTime();
  }

  readonly now = (): Date => new Date(this.time);

  set(at: string | Date): void {
    this.time = new Date(at).getTime();
  }

  advance(ms: number): void {
    this.time += ms;
  }

  iso(): string {
    return new Date(this.time).toISOString();
  }
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Reads a response's JSON body (or `null` when there is none). */
export async function bodyOf(response: Response): Promise<unknown> {
  const text = await response.text();
  return text === '' ? null : (JSON.parse(text) as unknown);
}

/** Asserts the status and the API's error shape (and code, when given); returns the error. */
export async function expectApiError(response: Response, status: number, code?: string): Promise<ApiError['error']> {
  expect(response.status).toBe(status);
  const parsed = apiErrorSchema.safeParse(await bodyOf(response));
  expect(parsed.success, 'the body has the API error shape').toBe(true);
  const error = parsed.data!.error;
  if (code !== undefined) expect(error.code).toBe(code);
  return error;
}

/** POST /api/annotations, returning the response and the parsed annotation (on 200/201). */
export async function postAnnotation(app: TestApp, token: string, body: unknown): Promise<{ response: Response; annotation: Annotation }> {
  const response = await app.request('/api/annotations', { method: 'POST', token, json: body });
  const json = await bodyOf(response.clone());
  const annotation = (response.status === 201 || response.status === 200 ? annotationSchema.parse(json) : json) as Annotation;
  return { response, annotation };
}

/** Creates an annotation that must succeed (201). */
export async function mustCreate(app: TestApp, token: string, body: unknown): Promise<Annotation & { etag: string }> {
  const { response, annotation } = await postAnnotation(app, token, body);
  if (response.status !== 201) throw new Error(`create answered ${response.status}: ${JSON.stringify(annotation)}`);
  return { ...annotation, etag: response.headers.get('ETag') ?? '' };
}

/** PUT /api/annotations/{id}. */
export function putAnnotation(app: TestApp, token: string, id: string, body: unknown, ifMatch?: string): Promise<Response> {
  return app.request(`/api/annotations/${uuidOf(id)}`, {
    method: 'PUT',
    token,
    json: body,
    ...(ifMatch !== undefined ? { headers: { 'If-Match': ifMatch } } : {}),
  });
}

/** GET /api/annotations/{id}. */
export function getAnnotation(app: TestApp, token: string, id: string): Promise<Response> {
  return app.request(`/api/annotations/${uuidOf(id)}`, { token });
}

/** The bare UUID of an annotation id (its IRI, `urn:uuid:…` or bare). */
export function uuidOf(id: string): string {
  return annotationUuid(id) ?? id;
}

/** A reply to `parentId` with one remark. */
export function replyTo(parentId: string, value = 'Dat vraag ik mij ook af.', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    '@context': W3C,
    type: 'Annotation',
    motivation: 'replying',
    body: { type: 'TextualBody', purpose: 'replying', value },
    target: parentId,
    ...overrides,
  };
}

/** One page of `GET /api/annotations?…` (query without the `?`), which must answer 200. */
export async function listPage(app: TestApp, token: string, pathAndQuery: string): Promise<{ items: Annotation[]; next?: string }> {
  const response = await app.request(pathAndQuery, { token });
  expect(response.status, `GET ${pathAndQuery}`).toBe(200);
  const page = annotationPageSchema.parse(await response.json());
  return { items: page.items, ...(page.next !== undefined ? { next: page.next } : {}) };
}

/** Every annotation of a list, following `next` until it is absent. */
export async function listAll(app: TestApp, token: string, query: string): Promise<Annotation[]> {
  const items: Annotation[] = [];
  let path: string | undefined = `/api/annotations?${query}`;
  for (let pages = 0; path !== undefined; pages++) {
    if (pages > 1000) throw new Error('paging does not end');
    const page: { items: Annotation[]; next?: string } = await listPage(app, token, path);
    items.push(...page.items);
    path = page.next;
  }
  return items;
}

/** The ids a user lists on a document. */
export async function listedIds(app: TestApp, token: string, source: string, extraQuery = ''): Promise<string[]> {
  return (await listAll(app, token, `source=${encodeURIComponent(source)}${extraQuery}`)).map((item) => item.id);
}

/** The first remark of an annotation. */
export function remarkOf(annotation: Pick<Annotation, 'body'>): string | undefined {
  const body = annotation.body.find((candidate) => candidate.type === 'TextualBody');
  return body && body.type === 'TextualBody' ? body.value : undefined;
}

/** `GET /api/me` for a token, which must answer 200. */
export async function whoIs(app: TestApp, token: string): Promise<Me> {
  const response = await app.request('/api/me', { token });
  expect(response.status).toBe(200);
  return meSchema.parse(await response.json());
}

/**
 * Gives an existing user one more live API token (as a second device would have), written straight
 * into the database file since the API has no route for it. Returns the token.
 */
export function addTokenFor(app: TestApp, userId: string): string {
  const token = generateToken();
  const file = new BetterSqlite3(app.db.file);
  try {
    file.pragma('busy_timeout = 5000');
    file.prepare('INSERT INTO tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)').run(hashToken(token), userId, new Date().toISOString());
  } finally {
    file.close();
  }
  return token;
}

/** Reads rows straight from the database file (read-only), to check what is really stored. */
export function queryFile<T>(app: TestApp, sql: string, ...params: unknown[]): T[] {
  const file = new BetterSqlite3(app.db.file, { readonly: true });
  try {
    return file.prepare(sql).all(...params) as T[];
  } finally {
    file.close();
  }
}

/** Creates a round as the secretariat; it must succeed. */
export async function mustCreateRound(app: TestApp, token: string, round: { title?: string; opensAt: string; closesAt: string }): Promise<RoundJson> {
  const response = await app.request('/api/rounds', { method: 'POST', token, json: { title: 'Ronde', ...round } });
  const json = await bodyOf(response);
  if (response.status !== 201) throw new Error(`round create answered ${response.status}: ${JSON.stringify(json)}`);
  return json as RoundJson;
}

export interface RoundJson {
  id: string;
  title: string;
  taxonomyVersion: number;
  opensAt: string;
  closesAt: string;
  createdAt: string;
  open?: boolean;
}

export interface InviteJson {
  code: string;
  role: string;
  organisation: string;
  name: string | null;
  expiresAt: string;
}

/** Creates an invite as the secretariat; it must succeed. */
export async function mustCreateInvite(app: TestApp, token: string, invite: Record<string, unknown>): Promise<InviteJson> {
  const response = await app.request('/api/invites', { method: 'POST', token, json: invite });
  const json = await bodyOf(response);
  if (response.status !== 201) throw new Error(`invite create answered ${response.status}: ${JSON.stringify(json)}`);
  return json as InviteJson;
}

export interface AuditEntryJson {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  subject: string;
  detail: Record<string, unknown> | null;
}
