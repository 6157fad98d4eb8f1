import { buildDigest } from './build-digest';
import type { DigestInput } from './digest-input';
import { digestFileName, renderDigest, type DigestFormat, type RenderedDigest } from './render-digest';

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
