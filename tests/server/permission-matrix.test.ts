import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../shared/schemas/roles';
import type { Visibility } from '../../shared/schemas/annotation';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { sampleAnnotation } from '../helpers/test-app';

const ROLES: Role[] = ['councillor', 'partner', 'secretariat', 'respondent'];
const VISIBILITIES: Visibility[] = ['private', 'organisation', 'round'];
const HOME = 'Gemeente Woerden';
const ELSEWHERE = 'Gemeente Utrecht';
const SOURCE = 'https://www.example.nl/rapporten/matrix.html';

/** An actor: a role, in the author's organisation or not, or the author itself. */
type Relation = 'self' | 'same-organisation' | 'other-organisation';
interface Actor {
  role: Role;
  relation: Relation;
  token: string;
}

let http: HttpTestServer;
const authors = new Map<Role, string>();
const actors: Actor[] = [];

beforeAll(async () => {
  http = await startHttpTestServer();
  for (const role of ROLES) {
    authors.set(role, http.addUser({ name: `Auteur ${role}`, role, organisation: HOME }));
    actors.push({ role, relation: 'same-organisation', token: http.addUser({ name: `Collega ${role}`, role, organisation: HOME }) });
    actors.push({ role, relation: 'other-organisation', token: http.addUser({ name: `Ander ${role}`, role, organisation: ELSEWHERE }) });
  }
});
afterAll(() => http.close());

/** The designed rule: the author always; otherwise `round` for all, `organisation` within it, `private` for none. */
function mayRead(relation: Relation, visibility: Visibility): boolean {
  if (relation === 'self') return true;
  if (visibility === 'round') return true;
  return visibility === 'organisation' && relation === 'same-organisation';
}

function expectedStatuses(relation: Relation, visibility: Visibility) {
  const read = mayRead(relation, visibility);
  const own = relation === 'self';
  return {
    get: read ? 200 : 404,
    listed: read,
    reply: read ? 201 : 404,
    put: own ? 200 : read ? 403 : 404,
    delete: own ? 204 : read ? 403 : 404,
  };
}

describe('permission matrix against the HTTP server: every role × own/other × visibility', { timeout: 30_000 }, () => {
  it.each(ROLES.flatMap((authorRole) => VISIBILITIES.map((visibility) => [authorRole, visibility] as const)))(
    'an annotation by a %s with visibility %s',
    async (authorRole, visibility) => {
      const authorToken = authors.get(authorRole)!;
      const created = await http.fetch('/api/annotations', { method: 'POST', token: authorToken, json: sampleAnnotation(SOURCE, { visibility }) });
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      const path = `/api/annotations/${encodeURIComponent(id)}`;

      const everyone: Actor[] = [{ role: authorRole, relation: 'self', token: authorToken }, ...actors];
      const actual: Record<string, unknown> = {};
      const expected: Record<string, unknown> = {};
      for (const actor of everyone) {
        const key = `${actor.role}/${actor.relation}`;
        expected[key] = expectedStatuses(actor.relation, visibility);
        const list = (await (await http.fetch(`/api/annotations?source=${encodeURIComponent(SOURCE)}`, { token: actor.token })).json()) as { items: { id: string }[] };
        const reply = await http.fetch('/api/annotations', {
          method: 'POST',
          token: actor.token,
          json: { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', motivation: 'replying', target: id, body: { type: 'TextualBody', value: 'Reactie' } },
        });
        const put = await http.fetch(path, { method: 'PUT', token: actor.token, json: sampleAnnotation(SOURCE, { visibility }) });
        actual[key] = {
          get: (await http.fetch(path, { token: actor.token })).status,
          listed: list.items.some((item) => item.id === id),
          reply: reply.status,
          put: put.status,
          delete: -1,
        };
      }
      // Deletion last: everyone else first (refused), then the author.
      for (const actor of [...actors, { role: authorRole, relation: 'self' as const, token: authorToken }]) {
        (actual[`${actor.role}/${actor.relation}`] as { delete: number }).delete = (await http.fetch(path, { method: 'DELETE', token: actor.token })).status;
      }
      expect(actual).toEqual(expected);
    },
  );

  const SECRETARIAT_ONLY: [string, string, unknown][] = [
    ['POST', '/api/rounds', { title: 'Ronde', opensAt: '2030-01-01T00:00:00Z', closesAt: '2030-02-01T00:00:00Z' }],
    ['POST', '/api/invites', { role: 'partner', organisation: 'AKJ' }],
    ['GET', '/api/invites', undefined],
    ['GET', '/api/users', undefined],
    ['GET', '/api/audit', undefined],
    ['POST', '/api/taxonomy', 'CURRENT_TERMS'],
    ['POST', '/api/documents', { title: 'Rapport', urls: ['https://example.org/matrix-rapport.pdf'] }],
  ];

  it.each(SECRETARIAT_ONLY.flatMap(([method, path, body]) => ROLES.map((role) => [method, path, role, body] as const)))(
    '%s %s as %s: only the secretariat',
    async (method, path, role, body) => {
      const token = http.addUser({ name: `Gebruiker ${role}`, role, organisation: HOME });
      // Re-importing the current terms keeps the vocabulary the other cases rely on.
      const json = body === 'CURRENT_TERMS' ? { terms: ((await (await http.fetch('/api/taxonomy', { token })).json()) as { terms: unknown[] }).terms } : body;
      const response = await http.fetch(path, { method, token, ...(json !== undefined ? { json } : {}) });
      if (role === 'secretariat') expect(response.status).toBeLessThan(300);
      else expect(response.status).toBe(403);
    },
  );

  it.each(ROLES)('hiding an annotation as %s: only the secretariat', async (role) => {
    const author = authors.get('councillor')!;
    const { id } = (await (await http.fetch('/api/annotations', { method: 'POST', token: author, json: sampleAnnotation(SOURCE) })).json()) as { id: string };
    const token = http.addUser({ name: `Moderator ${role}`, role, organisation: ELSEWHERE });
    const response = await http.fetch(`/api/annotations/${encodeURIComponent(id)}/hide`, { method: 'POST', token, json: { reason: 'test' } });
    expect(response.status).toBe(role === 'secretariat' ? 200 : 403);
  });

  it.each(ROLES)('every role may create and read the taxonomy and itself: %s', async (role) => {
    const token = http.addUser({ name: `Lid ${role}`, role, organisation: HOME });
    expect((await http.fetch('/api/annotations', { method: 'POST', token, json: sampleAnnotation(SOURCE) })).status).toBe(201);
    expect((await http.fetch('/api/taxonomy', { token })).status).toBe(200);
    expect((await http.fetch('/api/rounds', { token })).status).toBe(200);
    expect(((await (await http.fetch('/api/me', { token })).json()) as { role: string }).role).toBe(role);
  });
});
