import { KANTLIJN_CONTEXT, W3C_ANNOTATION_CONTEXT, type Body, type W3cAnnotation } from '../../shared/schemas/annotation';
import { annotationIri, termIri } from '../../shared/w3c/iris';
import type { AnnotationRecord, Viewer } from '../db/annotation-row';

/** The JSON-LD context of everything the API returns: the W3C one, then Kantlijn's own terms. */
export const RESPONSE_CONTEXT = [W3C_ANNOTATION_CONTEXT, KANTLIJN_CONTEXT];

/** A body as served: a term link names the term by its IRI. */
function servedBody(body: Body, base: string | undefined): Body {
  return body.type === 'SpecificResource' ? { ...body, source: termIri(body.source, base) } : body;
}

/** The target as served: a reply names its parent by IRI; a passage leaves out an empty selector list. */
function servedTarget(record: AnnotationRecord, base: string | undefined): W3cAnnotation['target'] {
  if (typeof record.target === 'string') return annotationIri(record.parentUuid ?? record.target.replace(/^urn:uuid:/, ''), base);
  const { selector, ...rest } = record.target;
  return selector.length > 0 ? { ...rest, selector } : rest;
}

/**
 * The W3C Web Annotation form of a stored annotation as `viewer` may see it: the one place where an
 * annotation becomes JSON. With `base` (the server's public origin) its `id`, its reply target and
 * its term links are fetchable IRIs under that origin; without it (a file that travels on its own)
 * they are `urn:uuid:` and `urn:kantlijn:term:` URNs. An annotation without bodies (a highlight, a
 * deleted remark kept for its replies) has no `body` at all: the model forbids an empty one.
 * Moderation details go to the author and the secretariat only.
 */
export function toAnnotationJson(record: AnnotationRecord, viewer: Viewer, base?: string): W3cAnnotation {
  const showModeration = record.hidden && (viewer.id === record.author.id || viewer.role === 'secretariat');
  return {
    '@context': RESPONSE_CONTEXT,
    id: annotationIri(record.uuid, base),
    type: 'Annotation',
    motivation: record.motivation,
    ...(record.body.length > 0 ? { body: record.body.map((body) => servedBody(body, base)) } : {}),
    target: servedTarget(record, base),
    ...(record.canonical ? { canonical: record.canonical } : {}),
    ...(record.via?.length ? { via: record.via } : {}),
    ...(record.kind ? { kind: record.kind } : {}),
    visibility: record.visibility,
    creator: {
      id: `urn:kantlijn:user:${record.author.id}`,
      type: 'Person',
      name: record.author.name,
      role: record.author.role,
      organisation: record.author.organisation,
    },
    created: record.created,
    modified: record.modified,
    ...(record.provenance ? { provenance: record.provenance } : {}),
    ...(record.roundId ? { round: record.roundId } : {}),
    ...(record.deletedAt ? { deleted: true as const } : {}),
    ...(record.response ? { response: record.response } : {}),
    ...(showModeration && record.hidden ? { moderation: { hidden: true as const, reason: record.hidden.reason, at: record.hidden.at } } : {}),
  };
}

/** The entity tag of one version of an annotation, for `If-Match`. */
export function etagOf(record: Pick<AnnotationRecord, 'uuid' | 'version'>): string {
  return `"${record.uuid}.${record.version}"`;
}
