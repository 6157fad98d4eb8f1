import { randomUUID } from 'node:crypto';
import type { NotificationList, NotificationType } from '../../shared/schemas/notification';
import type { AnnotationRecord, Viewer } from '../db/annotation-row';
import type { NotificationRecord } from '../db/notifications-repository';
import type { User } from '../db/users-repository';
import { ApiFailure } from '../http/api-failure';
import { documentTitleLookup, type DocumentTitleLookup } from './document-titles';
import type { ServiceContext } from './service-context';
import { annotationIri, annotationUuid } from '../../shared/w3c/iris';

/** Most items one `GET /api/notifications` returns. */
export const MAX_NOTIFICATIONS_PAGE = 100;

/** The top-level annotation of the thread `record` is in (itself when it is one). */
function threadRootOf(context: ServiceContext, record: AnnotationRecord): AnnotationRecord {
  let current = record;
  // Threads are short; the bound only guards against a cycle a damaged database could hold.
  for (let depth = 0; current.parentUuid && depth < 1000; depth++) {
    const parent = context.db.annotations.findByUuid(current.parentUuid);
    if (!parent) break;
    current = parent;
  }
  return current;
}

/** Stores one notification and, when its reader asked for mail at once, queues that mail too. */
function notify(context: ServiceContext, userId: string, type: NotificationType, about: AnnotationRecord, threadUuid: string, actorId: string, at: string): void {
  if (userId === actorId) return; // never for one's own writes
  const id = randomUUID();
  context.db.notifications.insert({ id, userId, type, annotationUuid: about.uuid, threadUuid, actorId, at });
  if (context.db.mail.modeOf(userId) === 'immediate' && context.db.users.emailOf(userId)) {
    context.db.mail.enqueue({ userId, kind: 'immediate', notificationId: id, at });
  }
}

/**
 * Records who is to hear of a new reply (call inside its create transaction): the author of what
 * it answers ("answer" when the reviewed organisation wrote it, "reply" otherwise), and everyone
 * else who wrote in the thread ("thread-reply"). Whether each may see it is decided when they read.
 */
export function recordReplyNotifications(context: ServiceContext, reply: AnnotationRecord): void {
  if (!reply.parentUuid) return;
  const parent = context.db.annotations.findByUuid(reply.parentUuid);
  if (!parent) return;
  const root = threadRootOf(context, parent);
  const actor = reply.author.id;
  const parentAuthor = parent.deletedAt || parent.author.deleted ? null : parent.author.id;
  if (parentAuthor) notify(context, parentAuthor, reply.author.role === 'respondent' ? 'answer' : 'reply', reply, root.uuid, actor, reply.created);
  for (const participant of context.db.notifications.participantsOf(root.uuid)) {
    if (participant !== parentAuthor) notify(context, participant, 'thread-reply', reply, root.uuid, actor, reply.created);
  }
}

/**
 * Records that the reviewed organisation's answer to `remark` is new for its author (call inside
 * the transaction that stores the response).
 */
export function recordAnswerNotification(context: ServiceContext, remark: AnnotationRecord, responderId: string, at: string): void {
  if (remark.deletedAt || remark.author.deleted) return;
  notify(context, remark.author.id, 'answer', remark, threadRootOf(context, remark).uuid, responderId, at);
}

/** An annotation reference as served: its IRI under `base` (see `annotationIri`). */
function served(reference: string, base: string | undefined): string {
  const uuid = annotationUuid(reference);
  return uuid ? annotationIri(uuid, base) : reference;
}

function toItem(record: NotificationRecord, base: string | undefined, titleOf: DocumentTitleLookup): NotificationList['items'][number] {
  return {
    id: record.id,
    type: record.type,
    annotation: served(record.annotationId, base),
    remark: served(record.threadId, base),
    source: record.source,
    documentTitle: titleOf(record.source),
    at: record.at,
    read: record.readAt !== null,
    by: record.by,
  };
}

/** What is new for `viewer`, as they may see it now: the unread count and the newest items. */
export function listNotifications(context: ServiceContext, viewer: Viewer, options: { limit: number; before?: string | undefined }, base?: string): NotificationList {
  let beforeSeq: number | null = null;
  if (options.before !== undefined) {
    beforeSeq = context.db.notifications.seqOf(viewer.id, options.before);
    if (beforeSeq === null) throw new ApiFailure(404, 'not_found', 'Deze melding bestaat niet.');
  }
  const titleOf = documentTitleLookup(context);
  return {
    unread: context.db.notifications.unreadCount(viewer),
    items: context.db.notifications.listVisible(viewer, options.limit, beforeSeq).map((record) => toItem(record, base, titleOf)),
  };
}

/** How many notifications `viewer` may see and has not read. */
export function unreadNotifications(context: ServiceContext, viewer: Viewer): number {
  return context.db.notifications.unreadCount(viewer);
}

/**
 * Marks `user`'s notifications read up to and including `upTo` (all when absent), tells their
 * open streams the new count, and returns it.
 */
export function markNotificationsRead(context: ServiceContext, user: User, upTo: string | undefined): number {
  const at = context.now().toISOString();
  context.db.transaction(() => {
    let seq: number | null = null;
    if (upTo !== undefined) {
      seq = context.db.notifications.seqOf(user.id, upTo);
      if (seq === null) throw new ApiFailure(404, 'not_found', 'Deze melding bestaat niet.');
    }
    context.db.notifications.markRead(user.id, seq, at);
  });
  context.events.notifyUser(user.id);
  return unreadNotifications(context, user);
}
