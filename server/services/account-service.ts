import type { User } from '../db/users-repository';
import { toAnnotationJson } from './annotation-view';
import type { ServiceContext } from './service-context';

/** Most annotations one export holds; beyond this the export says it is incomplete. */
const EXPORT_LIMIT = 100_000;

/**
 * Everything Kantlijn holds about `user` (AVG article 15/20): profile, all own annotations, and
 * when they last opened each document.
 */
export function exportAccount(context: ServiceContext, user: User, base?: string) {
  const records = context.db.annotations.list({ authorId: user.id, limit: EXPORT_LIMIT + 1 }, user);
  return {
    exportedAt: context.now().toISOString(),
    user: { id: user.id, name: user.name, role: user.role, organisation: user.organisation, createdAt: user.createdAt },
    notificationSettings: { email: context.db.users.emailOf(user.id), mail: context.db.mail.modeOf(user.id) },
    annotations: records.slice(0, EXPORT_LIMIT).map((record) => toAnnotationJson(record, user, base)),
    complete: records.length <= EXPORT_LIMIT,
    documentVisits: context.db.documents.visitsOf(user.id),
  };
}

/**
 * Deletes `user`'s account (AVG article 17): private annotations are deleted, their name is erased
 * from shared remarks (which stay, under role and organisation, as part of the joint feedback),
 * and every token is revoked.
 */
export function deleteAccount(context: ServiceContext, user: User): { deletedPrivate: number } {
  const at = context.now().toISOString();
  const own = context.db.annotations.list({ authorId: user.id, limit: EXPORT_LIMIT }, user);
  const privateOnes = own.filter((record) => record.visibility === 'private');
  const removed = context.db.transaction(() => {
    // Newest first, so one's own replies go before the annotation they answer, which then has none
    // left and is deleted whole rather than kept as a tombstone.
    for (const record of [...privateOnes].reverse()) context.db.annotations.remove(record.uuid, at);
    context.db.users.markDeleted(user.id, at);
    context.db.documents.forgetVisitsOf(user.id);
    context.db.notifications.deleteForUser(user.id);
    context.db.mail.dropPendingFor(user.id, at);
    context.db.readerSessions.deleteForUser(user.id);
    context.db.audit.record({ at, actorId: user.id, action: 'user.delete', subject: user.id, detail: { deletedPrivate: privateOnes.length } });
    return privateOnes;
  });
  context.events.streams.endForUser(user.id);
  for (const record of removed) context.events.publish({ before: record, after: null });
  // The erased name shows on shared remarks across documents.
  context.pages?.clear();
  return { deletedPrivate: removed.length };
}
