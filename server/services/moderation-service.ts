import type { AnnotationRecord } from '../db/annotation-row';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { getVisibleAnnotation } from './annotations-service';
import type { ServiceContext } from './service-context';

/**
 * Hides an annotation (with a reason) or shows it again. A hidden annotation disappears from
 * everyone's views and from the digest, but stays for its author (who sees why) and for the audit.
 */
export function setAnnotationHidden(context: ServiceContext, moderator: User, idOrUuid: string, reason: string | null): AnnotationRecord {
  if (moderator.role !== 'secretariat') throw new ApiFailure(403, 'forbidden', 'Alleen het secretariaat modereert.');
  const before = context.db.transaction(() => {
    const record = getVisibleAnnotation(context, idOrUuid, moderator);
    const at = context.now().toISOString();
    context.db.annotations.setHidden(record.uuid, reason === null ? null : { at, by: moderator.id, reason }, at);
    context.db.audit.record({
      at,
      actorId: moderator.id,
      action: reason === null ? 'annotation.unhide' : 'annotation.hide',
      subject: record.uuid,
      detail: reason === null ? null : { reason },
    });
    return record;
  });
  const after = context.db.annotations.findByUuid(before.uuid) ?? before;
  context.events.publish({ before, after });
  return after;
}
