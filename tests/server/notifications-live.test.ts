import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { openEventStream, type SseStream } from '../helpers/sse-client';
import { sampleAnnotation } from '../helpers/test-app';
import { replyTo } from '../helpers/api-fixtures';

const SOURCE = 'https://www.example.nl/rapporten/live-meldingen.html';
const ELSEWHERE = 'https://www.example.nl/rapporten/een-ander-rapport.html';
let http: HttpTestServer;
let anna: string;
let bram: string;
let chris: string;
let sanne: string;

beforeAll(async () => {
  http = await startHttpTestServer();
  anna = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
  bram = http.addUser({ name: 'Bram', role: 'partner', organisation: 'AKJ' });
  chris = http.addUser({ name: 'Chris', role: 'councillor', organisation: 'Gemeente Utrecht' });
  sanne = http.addUser({ name: 'Sanne', role: 'secretariat', organisation: 'Secretariaat' });
});
afterAll(() => http.close());

const subscribe = (token: string, source = SOURCE) =>
  openEventStream((signal) => http.fetch(`/api/events?source=${encodeURIComponent(source)}`, { token, signal }));

const unreadCounts = (stream: SseStream) => stream.events.filter((item) => item.event === 'notification').map((item) => item.data.unread);

async function post(token: string, body: unknown): Promise<string> {
  const response = await http.fetch('/api/annotations', { method: 'POST', token, json: body });
  expect(response.status).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe('notifications on the live stream', { timeout: 30_000 }, () => {
  it('go to the person concerned only, on every stream of theirs, with the fresh unread count', async () => {
    const remark = await post(anna, sampleAnnotation(SOURCE));
    // Anna watches another document: what is new for her reaches her there too.
    const annas = await subscribe(anna, ELSEWHERE);
    const brams = await subscribe(bram);
    const chriss = await subscribe(chris);

    const reply = await post(bram, replyTo(remark, 'Goede vraag.'));
    await expect.poll(() => unreadCounts(annas)).toEqual([1]);
    // Chris watches the document and hears of the reply itself, so his stream was delivered to;
    // the notification was not his, and Bram's own write tells Bram nothing.
    await expect.poll(() => chriss.names()).toContain(`annotation.created ${reply}`);
    await expect.poll(() => brams.names()).toContain(`annotation.created ${reply}`);
    expect(unreadCounts(chriss)).toEqual([]);
    expect(unreadCounts(brams)).toEqual([]);

    // Hidden by the secretariat: the count Anna sees goes down at once.
    const hidden = await http.fetch(`/api/annotations/${encodeURIComponent(reply)}/hide`, { method: 'POST', token: sanne, json: { reason: 'persoonsgegevens' } });
    expect(hidden.status).toBe(200);
    await expect.poll(() => unreadCounts(annas)).toEqual([1, 0]);

    // Marking read is told to her other streams too.
    await http.fetch(`/api/annotations/${encodeURIComponent(reply)}/unhide`, { method: 'POST', token: sanne });
    await expect.poll(() => unreadCounts(annas)).toEqual([1, 0, 1]);
    expect((await http.fetch('/api/notifications/read', { method: 'POST', token: anna })).status).toBe(200);
    await expect.poll(() => unreadCounts(annas)).toEqual([1, 0, 1, 0]);
    expect(unreadCounts(chriss)).toEqual([]);

    for (const stream of [annas, brams, chriss]) await stream.close();
  });
});
