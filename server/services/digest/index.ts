/** The feedback digest: build it from the data once, then render it in any format. */
export { buildDigest } from './build-digest';
export type { DigestInput } from './digest-input';
export type { Digest } from './digest-model';
export { DIGEST_FORMATS, digestFileName, renderDigest, type DigestFormat, type RenderedDigest } from './render-digest';
