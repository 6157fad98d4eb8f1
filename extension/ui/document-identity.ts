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
  return { ...input, target: { ...input.target, fingerprint } as AnnotationInput['target'] };
}

/** Annotations of both lists, each once; the first list's copy wins (it is the document's own). */
export function mergeListed(first: Listed, second: Listed): Listed {
  const seen = new Set(first.annotations.map((annotation) => annotation.id));
  const pendingSeen = new Set(first.pending.map((entry) => entry.id));
  return {
    annotations: [...first.annotations, ...second.annotations.filter((annotation) => !seen.has(annotation.id))],
    pending: [...first.pending, ...second.pending.filter((entry) => !pendingSeen.has(entry.id))],
  };
}

/**
 * The annotations of the integration's document: those made at its URL and, for a document with a
 * fingerprint, those made on the same file elsewhere. The fingerprint list is a bonus: when it
 * fails (an older server), the URL's list is the answer.
 */
export async function listDocumentAnnotations(host: Pick<AnnotatorHost, 'send'>, integration: DocumentIntegration): Promise<Result<Listed>> {
  const fingerprint = integration.documentFingerprint?.() ?? null;
  const [own, elsewhere] = await Promise.all([
    host.send('annotations:list', { source: integration.sourceUrl() }),
    fingerprint ? host.send('annotations:list', { source: fingerprint }) : Promise.resolve(null),
  ]);
  if (!own.ok || !elsewhere?.ok) return own;
  return { ok: true, value: mergeListed(own.value, elsewhere.value) };
}
