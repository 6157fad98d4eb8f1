import type { AnnotationRecord } from '../db/annotation-row';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { getVisibleAnnotation } from './annotations-service';
import type { ServiceContext } from './service-context';

/**
 * Hides an annotation (with a reason) or shows it again. A hidden annotation disappears from
 * everyone's views and from the digest, but stays for its author (who sees why) and for the audit.
 * Its replies, at any depth, go and come back with it (for all but their own authors and the
 * secretariat), so live watchers hear of each of them too.
 */
export function setAnnotationHidden(context: ServiceContext, moderator: User, idOrUuid: string, reason: string | null): AnnotationRecord {
  if (moderator.role !== 'secretariat') throw new ApiFailure(403, 'forbidden', 'Alleen het secretariaat modereert.');
  const { before, repliesBefore } = context.db.transaction(() => {
    const record = getVisibleAnnotation(context, idOrUuid, moderator);
    const repliesBefore = context.db.annotations.threadOf(record.uuid);
    const at = context.now().toISOString();
    context.db.annotations.setHidden(record.uuid, reason === null ? null : { at, by: moderator.id, reason }, at);
    context.db.audit.record({
      at,
      actorId: moderator.id,
      action: reason === null ? 'annotation.unhide' : 'annotation.hide',
      subject: record.uuid,
      detail: reason === null ? null : { reason },
    });
    return { before: record, repliesBefore };
  });
  const after = context.db.annotations.findByUuid(before.uuid) ?? before;
  context.events.publish({ before, after });
  const repliesAfter = new Map(context.db.annotations.threadOf(before.uuid).map((reply) => [reply.uuid, reply]));
  for (const reply of repliesBefore) {
    const now = repliesAfter.get(reply.uuid);
    if (now && now.threadHidden !== reply.threadHidden) context.events.publish({ before: reply, after: now });
  }
  return after;
}
