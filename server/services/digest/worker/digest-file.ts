import { buildDigest } from '../model/build-digest';
import type { DigestInput } from '../model/digest-input';
import { digestFileName, renderDigest, type DigestFormat, type RenderedDigest } from '../render/render-digest';

/** A digest ready to send: the rendered file and the name to save it under. */
export interface DigestFile extends RenderedDigest {
  fileName: string;
}

/** Builds the digest from its input and renders it in one format: the work of one download. */
export async function makeDigestFile(input: DigestInput, format: DigestFormat): Promise<DigestFile> {
  const digest = buildDigest(input);
  const rendered = await renderDigest(digest, format);
  return { ...rendered, fileName: digestFileName(digest, format) };
}

/**
 * The file's bytes as a response body, without copying them: a Word file of a large round is
 * megabytes, and copying it would cost the server's thread for nothing. Digest files are never
 * made in shared memory, so the view is over a plain ArrayBuffer.
 */
export function responseBody(file: DigestFile): string | Uint8Array<ArrayBuffer> {
  const body = file.body;
  return typeof body === 'string' ? body : new Uint8Array(body.buffer as ArrayBuffer, body.byteOffset, body.byteLength);
}
