import type { IncomingMessage } from 'node:http';

/** The body, or `too_large` as soon as it passes `cap` bytes (the rest is never read). */
export async function readCappedBody(response: IncomingMessage, cap: number): Promise<Buffer | 'too_large'> {
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > cap) {
    response.destroy();
    return 'too_large';
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    const piece = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += piece.length;
    if (size > cap) {
      response.destroy();
      return 'too_large';
    }
    chunks.push(piece);
  }
  return Buffer.concat(chunks, size);
}
