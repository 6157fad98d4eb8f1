import type { Context, MiddlewareHandler } from 'hono';

/** At most this much of a refused body is read and thrown away, so its sender hears the answer. */
const MAX_DRAIN_BYTES = 8 * 1024 * 1024;
/** …and for at most this long: a sender trickling bytes must not keep the server reading. */
const MAX_DRAIN_MS = 2_000;

/**
 * Reads and discards what is left of a refused body (bounded in bytes and time). A client still
 * sending when the server stops reading may never see the answer; once the rest has arrived, the
 * answer and `Connection: close` reach it, and its next request goes out on a fresh connection.
 * The reader is released, never cancelled: cancelling destroys the socket under the answer.
 */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, alreadyRead: number): Promise<void> {
  const started = Date.now();
  let read = alreadyRead;
  try {
    while (read <= MAX_DRAIN_BYTES && Date.now() - started < MAX_DRAIN_MS) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
  } catch {
    // The client went away: nothing left to answer.
  } finally {
    reader.releaseLock();
  }
}

/** The chunks of a body, joined into one. */
function joined(chunks: Uint8Array[], size: number): Uint8Array<ArrayBuffer> {
  const whole = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    whole.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return whole;
}

/**
 * Refuses request bodies over `maxBytes` with `refuse(c)` (the caller's 413). Unlike a bare limit
 * it says `Connection: close` and drains what the client is still sending first, so a client that
 * pools connections (Node's fetch, browsers) gets the 413 and its next request succeeds instead of
 * meeting a connection the server dropped without a word. A body within the limit is read once
 * and handed on as it was.
 */
export function limitBody(maxBytes: number, refuse: (c: Context) => Response | Promise<Response>): MiddlewareHandler {
  const tooLarge = async (c: Context, reader: ReadableStreamDefaultReader<Uint8Array>, read: number) => {
    c.header('Connection', 'close');
    await drain(reader, read);
    return refuse(c);
  };
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body) return next();
    const declared = c.req.header('Content-Length');
    if (declared !== undefined && c.req.header('Transfer-Encoding') === undefined) {
      return Number(declared) > maxBytes ? tooLarge(c, body.getReader(), 0) : next();
    }
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) return tooLarge(c, reader, size);
      chunks.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: joined(chunks, size) });
    return next();
  };
}
