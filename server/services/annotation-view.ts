import { KANTLIJN_CONTEXT, W3C_ANNOTATION_CONTEXT, type Annotation } from '../../shared/schemas/annotation';
import type { AnnotationRecord } from '../db/annotations-repository';

/** The JSON-LD context of everything the API returns: the W3C one, then Kantlijn's own terms. */
export const RESPONSE_CONTEXT = [W3C_ANNOTATION_CONTEXT, KANTLIJN_CONTEXT];

/** The W3C Web Annotation form of a stored annotation. */
export function toAnnotationJson(record: AnnotationRecord): Annotation {
  return {
    '@context': RESPONSE_CONTEXT,
    id: record.id,
    type: 'Annotation',
    motivation: record.motivation,
    body: record.body,
    target: record.target,
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
  };
}

/** The entity tag of one version of an annotation, for `If-Match`. */
export function etagOf(record: Pick<AnnotationRecord, 'uuid' | 'version'>): string {
  return `"${record.uuid}.${record.version}"`;
}
