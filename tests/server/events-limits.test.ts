import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_STREAMS_PER_USER } from '../../server/services/live-streams';
import { expectApiError } from '../helpers/api-fixtures';
import { startHttpTestServer, type HttpTestServer } from '../helpers/http-server';
import { openEventStream, type SseStream } from '../helpers/sse-client';

const SOURCE = encodeURIComponent('https://www.example.nl/rapporten/veel.html');
const TOTAL = 30;
let http: HttpTestServer;
let anna: string;
let bram: string;
let carla: string;

beforeAll(async () => {
  http = await startHttpTestServer(0, { EVENT_STREAMS_MAX: TOTAL });
  anna = http.addUser({ name: 'Anna', role: 'councillor', organisation: 'Gemeente Woerden' });
  bram = http.addUser({ name: 'Bram', role: 'councillor', organisation: 'Gemeente Woerden' });
  carla = http.addUser({ name: 'Carla', role: 'partner', organisation: 'AKJ' });
});
afterAll(() => http.close());

const request = (token: string, signal?: AbortSignal) => http.fetch(`/api/events?source=${SOURCE}`, { token, ...(signal ? { signal } : {}) });
const open = (token: string) => openEventStream((signal) => request(token, signal));
/** Timers of this process: every stream's heartbeat timer must go when the stream does. */
const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;

describe('the number of live streams', { timeout: 60_000 }, () => {
  it('is capped per person and in total with 429, and closing streams gives everything back', async () => {
    const timersBefore = timers();
    const listenersBefore = http.server.context.events.listenerCount();
    const streams: SseStream[] = [];
    for (let n = 0; n < MAX_STREAMS_PER_USER; n++) streams.push(await open(anna));
    const perUser = await expectApiError(await request(anna), 429, 'too_many_streams');
    expect(perUser.message).toContain(String(MAX_STREAMS_PER_USER));

    for (let n = MAX_STREAMS_PER_USER; n < TOTAL; n++) streams.push(await open(bram));
    expect(http.server.context.events.streams.count()).toBe(TOTAL);
    await expectApiError(await request(carla), 429, 'too_many_streams');

    for (const stream of streams) await stream.close();
    await expect.poll(() => http.server.context.events.streams.count()).toBe(0);
    await expect.poll(() => http.server.context.events.listenerCount()).toBe(listenersBefore);
    await expect.poll(() => timers()).toBeLessThanOrEqual(timersBefore);

    // The room is free again.
    const again = await open(carla);
    expect(again.ended()).toBe(false);
    await again.close();
    await expect.poll(() => http.server.context.events.streams.count()).toBe(0);
  });
});
