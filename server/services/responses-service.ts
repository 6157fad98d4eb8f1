import type { AnchorState, ResponseInput } from '../../shared/schemas/response';
import type { AnnotationRecord } from '../db/annotation-row';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { isVisibleTo } from './annotation-access';
import { getVisibleAnnotation } from './annotations-service';
import { recordAnswerNotification } from './notifications-service';
import type { ServiceContext } from './service-context';
import { annotationUuid } from '../../shared/schemas/annotation';

/**
 * Records what the reviewed organisation did with a remark (the response loop). Only a respondent
 * or the secretariat may, and only on annotations they can see; the latest response counts.
 */
export function recordResponse(context: ServiceContext, responder: User, idOrUuid: string, input: ResponseInput): AnnotationRecord {
  if (responder.role !== 'respondent' && responder.role !== 'secretariat') {
    throw new ApiFailure(403, 'forbidden', 'Alleen SVMN of het secretariaat legt een antwoord vast.');
  }
  const { before, after } = context.db.transaction(() => {
    const record = getVisibleAnnotation(context, idOrUuid, responder);
    const at = context.now().toISOString();
    context.db.responses.upsert({ annotationUuid: record.uuid, status: input.status, text: input.text, byId: responder.id, at });
    context.db.audit.record({ at, actorId: responder.id, action: 'annotation.respond', subject: record.uuid, detail: { status: input.status } });
    recordAnswerNotification(context, record, responder.id, at);
    return { before: record, after: context.db.annotations.findByUuid(record.uuid) ?? record };
  });
  context.events.publish({ before, after });
  return after;
}

/**
 * Stores how annotations anchored in a client's copy of their document, so the digest can list the
 * ones whose passage is gone. Ids the reporter cannot see are ignored; returns how many were stored.
 */
export function recordAnchorStates(context: ServiceContext, reporter: User, states: { id: string; state: AnchorState }[]): number {
  const at = context.now().toISOString();
  return context.db.transaction(() => {
    let stored = 0;
    for (const { id, state } of states) {
      const uuid = annotationUuid(id);
      const record = uuid ? context.db.annotations.findByUuid(uuid) : null;
      if (!record || record.deletedAt || !isVisibleTo(record, reporter)) continue;
      context.db.responses.setAnchorState(record.uuid, state, at);
      stored += 1;
    }
    return stored;
  });
}
