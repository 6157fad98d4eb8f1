import type { DigestFile } from './digest-file';
import type { DigestInput } from '../model/digest-input';
import type { DigestFormat } from '../render/render-digest';

/** A message to the digest worker. */
export interface DigestJob {
  id: number;
  input: DigestInput;
  format: DigestFormat;
}

/** The worker's answer to one job: the file, or why it could not be made. */
export type DigestJobResult = { id: number; file: DigestFile } | { id: number; error: string };
