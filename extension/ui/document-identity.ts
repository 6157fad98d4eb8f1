import type { Annotation, AnnotationInput } from '../../shared/schemas/annotation';
import type { DocumentIntegration } from '../annotator/document-integration';
import type { AnnotatorHost } from '../lib/annotator-host';
import type { BackgroundProtocol } from '../lib/messaging';
import type { Result } from '../lib/result';

type Listed = BackgroundProtocol['annotations:list']['response'];

/** The fingerprint a stored target carries (`target.fingerprint`), if any. */
export function fingerprintOfTarget(target: Annotation['target'] | AnnotationInput['target']): string | null {
  if (typeof target === 'string') return null;
  const fingerprint = (target as { fingerprint?: unknown }).fingerprint;
  return typeof fingerprint === 'string' ? fingerprint : null;
}

/**
 * `input` with the document's fingerprint in its target (`target.fingerprint`), so the annotation
 * is found again wherever the same file is published. Replies (whose target is an id) and
 * documents without a fingerprint are left as they are.
 */
export function withFingerprint(input: AnnotationInput, fingerprint: string | null | undefined): AnnotationInput {
  if (!fingerprint || typeof input.target === 'string') return input;
  return { ...input, target: { ...input.target, fingerprint } };
}

/** Listings started before the UI was there, by integration; the first listing takes its own. */
const startedEarly = new WeakMap<DocumentIntegration, Promise<Result<Listed>>>();

/**
 * Starts listing the document's annotations now, while the UI is still being set up (its styles
 * and the settings are read first), so the highlights arrive that much sooner after page load.
 */
export function listDocumentAnnotationsEarly(host: Pick<AnnotatorHost, 'send'>, integration: DocumentIntegration): void {
  startedEarly.set(integration, askForAnnotations(host, integration));
}

/**
 * The annotations of the integration's document. A PDF's fingerprint goes along, so the server
 * learns which file is at this URL and lists what was made on the same file at its other URLs
 * (also without a fingerprint: through the API, an import, an older extension). The first call
 * takes the listing `listDocumentAnnotationsEarly` started, if any; later calls ask again.
 */
export function listDocumentAnnotations(host: Pick<AnnotatorHost, 'send'>, integration: DocumentIntegration): Promise<Result<Listed>> {
  const early = startedEarly.get(integration);
  startedEarly.delete(integration);
  return early ?? askForAnnotations(host, integration);
}

function askForAnnotations(host: Pick<AnnotatorHost, 'send'>, integration: DocumentIntegration): Promise<Result<Listed>> {
  const fingerprint = integration.documentFingerprint?.() ?? null;
  return host.send('annotations:list', { source: integration.sourceUrl(), ...(fingerprint ? { fingerprint } : {}) });
}
