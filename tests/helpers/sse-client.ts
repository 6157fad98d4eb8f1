import { expect } from 'vitest';

/** One open `GET /api/events` stream as a reader sees it. */
export interface SseStream {
  /** Every `event:`/`data:` pair received so far, `ready` included. */
  events: { event: string; data: Record<string, unknown> }[];
  /** True once the server ended the stream (or it broke). */
  ended: () => boolean;
  /** `event id` of everything but `ready`, in order. */
  names: () => string[];
  close: () => Promise<void>;
}

/**
 * Opens an event stream with `open` (a fetch bound to a server), checks it is one, waits for its
 * `ready` event and collects what follows until it ends.
 */
export async function openEventStream(open: (signal: AbortSignal) => Promise<Response>): Promise<SseStream> {
  const controller = new AbortController();
  const response = await open(controller.signal);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const events: SseStream['events'] = [];
  let ended = false;
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) return;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) as Record<string, unknown> });
        }
      }
    } catch {
      // aborted by the test, or the connection broke
    } finally {
      ended = true;
    }
  })();
  await expect.poll(() => events.some((item) => item.event === 'ready')).toBe(true);
  return {
    events,
    ended: () => ended,
    names: () => events.filter((item) => item.event !== 'ready').map((item) => `${item.event} ${String(item.data.id)}`),
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}
