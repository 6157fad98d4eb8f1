import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateToken, hashToken } from '../../server/services/tokens';
import { createUserWithToken } from '../../server/services/users-service';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { openEventStream } from '../helpers/sse-client';
import { sampleAnnotation } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/ingetrokken.html';
let http: HttpTestServer;
let secretariat: string;
let writer: string;

beforeAll(async () => {
  http = await startHttpTestServer();
  secretariat = http.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
  writer = http.addUser({ name: 'Wim', role: 'partner', organisation: 'AKJ' });
});
afterAll(() => http.close());

/** A fresh reader with one token, and a stream watching SOURCE with it. */
async function watcher(name: string) {
  const { user, token } = createUserWithToken(http.server.db, { name, role: 'councillor', organisation: 'Gemeente Woerden' }, new Date());
  const stream = await openEventStream((signal) => http.fetch(`/api/events?source=${encodeURIComponent(SOURCE)}`, { token, signal }));
  return { user, token, stream };
}

/** A new remark on SOURCE by someone else; returns its id. */
async function remark(): Promise<string> {
  const response = await http.fetch('/api/annotations', { method: 'POST', token: writer, json: sampleAnnotation(SOURCE) });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('a live stream ends with the access it was opened with', { timeout: 30_000 }, () => {
  it.each([
    ['signing out', (token: string) => http.fetch('/api/me/sign-out', { method: 'POST', token })],
    ['deleting the account', (token: string) => http.fetch('/api/me', { method: 'DELETE', token })],
  ])('ends at once after %s', async (_what, revoke) => {
    const { token, stream } = await watcher('Anna');
    const before = await remark();
    await expect.poll(() => stream.names()).toEqual([`annotation.created ${before}`]);
    expect((await revoke(token)).status).toBeLessThan(300);
    await expect.poll(() => stream.ended(), { timeout: 3_000 }).toBe(true);
    await remark();
    expect(stream.names()).toEqual([`annotation.created ${before}`]);
    await stream.close();
  });

  it('ends at once when the secretariat revokes the tokens', async () => {
    const viaApi = await watcher('Bram');
    expect((await http.fetch(`/api/users/${viaApi.user.id}/tokens`, { method: 'DELETE', token: secretariat })).status).toBe(200);
    await expect.poll(() => viaApi.stream.ended(), { timeout: 3_000 }).toBe(true);
    await remark();
    expect(viaApi.stream.names()).toEqual([]);
    await viaApi.stream.close();
  });

  it('signing out one device leaves the streams of the same person’s other devices open', async () => {
    const { user, token, stream } = await watcher('Carla');
    const other = await openEventStream((signal) => http.fetch(`/api/events?source=${encodeURIComponent(SOURCE)}`, { token: addToken(user.id), signal }));
    expect((await http.fetch('/api/me/sign-out', { method: 'POST', token })).status).toBe(204);
    await expect.poll(() => stream.ended(), { timeout: 3_000 }).toBe(true);
    const after = await remark();
    await expect.poll(() => other.names()).toEqual([`annotation.created ${after}`]);
    expect(other.ended()).toBe(false);
    await other.close();
    await stream.close();
  });

  it('delivers nothing more once the token no longer signs in, even when the hub was not told', async () => {
    const { user, stream } = await watcher('Eva');
    // Straight in the repository, around the services that tell the hub: the per-delivery check must catch it.
    http.server.db.users.revokeAllTokens(user.id, new Date().toISOString());
    await remark();
    await expect.poll(() => stream.ended(), { timeout: 3_000 }).toBe(true);
    expect(stream.names()).toEqual([]);
    await stream.close();
  });
});

/** One more live token for `userId`, as a second device would hold (the API has no route for it). */
function addToken(userId: string): string {
  const token = generateToken();
  const file = new BetterSqlite3(http.server.db.file);
  try {
    file.pragma('busy_timeout = 5000');
    file.prepare('INSERT INTO tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)').run(hashToken(token), userId, new Date().toISOString());
  } finally {
    file.close();
  }
  return token;
}
