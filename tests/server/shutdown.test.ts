import { afterEach, describe, expect, it } from 'vitest';
import { addUserWithCli, startServerProcess } from '../helpers/server-process';
import { openEventStream } from '../helpers/sse-client';
import { createTempDir } from '../helpers/temp-dir';

const cleanups: (() => Promise<unknown> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('stopping the server', { timeout: 90_000 }, () => {
  it.each(['SIGTERM', 'SIGINT'] as const)('on %s exits with 0 within 5 seconds, ending the open live streams', async (signal) => {
    const temp = createTempDir();
    cleanups.push(temp.remove);
    const token = addUserWithCli(temp.dir, { role: 'councillor', name: 'Anna', org: 'Gemeente Woerden' });
    const server = await startServerProcess(temp.dir);
    cleanups.push(() => server.stop('SIGKILL'));
    const source = encodeURIComponent('https://www.example.nl/rapporten/stop.html');
    const streams = await Promise.all(
      [1, 2, 3].map(() => openEventStream((abort) => fetch(`${server.url}/api/events?source=${source}`, { headers: { Authorization: `Bearer ${token}` }, signal: abort }))),
    );
    const started = Date.now();
    // A deadline, not a wait: the answer is whichever comes first.
    const code = await Promise.race([server.exitOn(signal), new Promise<string>((resolve) => setTimeout(() => resolve('still running after 10 s'), 10_000))]);
    const took = Date.now() - started;
    expect(code).toBe(0);
    expect(took).toBeLessThan(5_000);
    await expect.poll(() => streams.every((stream) => stream.ended()), { timeout: 2_000 }).toBe(true);
    for (const stream of streams) await stream.close();
  });
});
