import { toArray } from '../../shared/schemas/annotation';
import type { Selector } from '../../shared/schemas/selectors';
import type { StoredTarget } from '../db/annotation-row';

/** A document target as a client sends it: source, selectors, and optionally the PDF's fingerprint. */
interface TargetInput {
  selector?: Selector | Selector[] | undefined;
  fingerprint?: string | undefined;
}

/** A stored document target with the PDF's fingerprint when it has one. */
export interface DocumentTarget {
  source: string;
  selector: Selector[];
  fingerprint?: string;
}

/** The fingerprint a stored target carries, if any. */
export function fingerprintOf(target: StoredTarget | undefined): string | undefined {
  const fingerprint = typeof target === 'object' ? (target as { fingerprint?: unknown }).fingerprint : undefined;
  return typeof fingerprint === 'string' ? fingerprint : undefined;
}

/**
 * The target to store for a document annotation: the normalised source, the selectors, and the
 * PDF fingerprint (`urn:x-pdf:…`) when the client sent one. On a replacement the fingerprint the
 * annotation already had is kept if the new version does not name one, so a client that does not
 * know about fingerprints cannot lose it.
 */
export function storedDocumentTarget(source: string, input: TargetInput, previous?: StoredTarget): DocumentTarget {
  const fingerprint = input.fingerprint ?? fingerprintOf(previous);
  return { source, selector: toArray(input.selector), ...(fingerprint ? { fingerprint } : {}) };
}
