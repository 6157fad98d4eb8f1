import type { AnchorReport, ResponseInput } from '../../shared/schemas/response';
import type { AnnotationRecord } from '../db/annotation-row';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { isVisibleTo } from './annotation-access';
import { getVisibleAnnotation } from './annotations-service';
import { documentAddresses } from './document-addresses';
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
 * Stores how annotations anchored in a client's copy of their document (`report.source`, the URL
 * it read), so the sidebar of others and the digest can tell remarks whose passage is gone. Only
 * annotations on that document (at any of its addresses) that the reporter may see count; replies
 * (which have no passage) and unknown ids are ignored. An unchanged state is not written again.
 * Returns how many states changed.
 */
export function recordAnchorStates(context: ServiceContext, reporter: User, report: AnchorReport): number {
  const addresses = new Set(documentAddresses(context, report.source));
  const at = context.now().toISOString();
  return context.db.transaction(() => {
    let changed = 0;
    for (const { id, state } of report.states) {
      const uuid = annotationUuid(id);
      const record = uuid ? context.db.annotations.findByUuid(uuid) : null;
      if (!record || record.deletedAt || record.parentUuid || !addresses.has(record.source) || !isVisibleTo(record, reporter)) continue;
      if (context.db.responses.setAnchorState(record.uuid, state, at)) changed += 1;
    }
    return changed;
  });
}
