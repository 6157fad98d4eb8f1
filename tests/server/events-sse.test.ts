import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { openEventStream } from '../helpers/sse-client';
import { sampleAnnotation } from '../helpers/test-app';

const SOURCE = 'https://www.example.nl/rapporten/live.html';
let http: HttpTestServer;
let councillor: string;
let colleague: string;
let partner: string;
let secretariat: string;

beforeAll(async () => {
  http = await startHttpTestServer();
  councillor = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
  colleague = http.addUser({ name: 'Bram', role: 'councillor', organisation: 'Gemeente Woerden' });
  partner = http.addUser({ name: 'Chris', role: 'partner', organisation: 'AKJ' });
  secretariat = http.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
});
afterAll(() => http.close());

/** Subscribes to the event stream of `SOURCE` (its fragment is ignored) and collects what arrives. */
const subscribe = (token: string) =>
  openEventStream((signal) => http.fetch(`/api/events?source=${encodeURIComponent(`${SOURCE}#ignored`)}`, { token, signal }));

describe('GET /api/events (Server-Sent Events)', { timeout: 30_000 }, () => {
  it('tells each watcher about changes it may see, and nothing else', async () => {
    const mine = await subscribe(councillor);
    const theirs = await subscribe(partner);
    const sameOrg = await subscribe(colleague);
    const moderator = await subscribe(secretariat);

    const shared = (await (await http.fetch('/api/annotations', { method: 'POST', token: councillor, json: sampleAnnotation(SOURCE) })).json()) as { id: string };
    const internal = (await (await http.fetch('/api/annotations', { method: 'POST', token: councillor, json: sampleAnnotation(SOURCE, { visibility: 'organisation' }) })).json()) as { id: string };
    await http.fetch('/api/annotations', { method: 'POST', token: councillor, json: sampleAnnotation('https://www.example.nl/ander.html') });
    await http.fetch(`/api/annotations/${encodeURIComponent(shared.id)}/hide`, { method: 'POST', token: secretariat, json: { reason: 'persoonsgegevens' } });

    await expect.poll(() => mine.names().length).toBe(3);
    expect(mine.names()).toEqual([`annotation.created ${shared.id}`, `annotation.created ${internal.id}`, `annotation.updated ${shared.id}`]);
    await expect.poll(() => sameOrg.names().length).toBe(3);
    expect(sameOrg.names()).toEqual([`annotation.created ${shared.id}`, `annotation.created ${internal.id}`, `annotation.deleted ${shared.id}`]);
    await expect.poll(() => theirs.names().length).toBe(2);
    expect(theirs.names()).toEqual([`annotation.created ${shared.id}`, `annotation.deleted ${shared.id}`]);
    await expect.poll(() => moderator.names().length).toBe(2);
    expect(moderator.names()).toEqual([`annotation.created ${shared.id}`, `annotation.updated ${shared.id}`]);

    for (const stream of [mine, theirs, sameOrg, moderator]) await stream.close();
  });

  it('needs a token and at least one source', async () => {
    expect((await http.fetch(`/api/events?source=${encodeURIComponent(SOURCE)}`)).status).toBe(401);
    expect((await http.fetch('/api/events', { token: partner })).status).toBe(400);
  });
});
