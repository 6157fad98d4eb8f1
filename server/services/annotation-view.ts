import { KANTLIJN_CONTEXT, W3C_ANNOTATION_CONTEXT, type Annotation } from '../../shared/schemas/annotation';
import type { AnnotationRecord, Viewer } from '../db/annotation-row';

/** The JSON-LD context of everything the API returns: the W3C one, then Kantlijn's own terms. */
export const RESPONSE_CONTEXT = [W3C_ANNOTATION_CONTEXT, KANTLIJN_CONTEXT];

/**
 * The W3C Web Annotation form of a stored annotation as `viewer` may see it: moderation details go
 * to the author and the secretariat only.
 */
export function toAnnotationJson(record: AnnotationRecord, viewer: Viewer): Annotation {
  const showModeration = record.hidden && (viewer.id === record.author.id || viewer.role === 'secretariat');
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
