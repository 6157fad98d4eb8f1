import type BetterSqlite3 from 'better-sqlite3';
import type { NotificationType } from '../../shared/schemas/notification';
import type { Role } from '../../shared/schemas/roles';
import type { Viewer } from './annotation-row';
import { VISIBLE_TO_VIEWER, viewerParams } from './visibility-sql';

/** A notification as stored: for whom, why, about which annotation, caused by whom. */
export interface NewNotification {
  id: string;
  userId: string;
  type: NotificationType;
  annotationUuid: string;
  threadUuid: string;
  actorId: string;
  at: string;
}

/** A notification as its reader gets it, with what it points to joined in. */
export interface NotificationRecord {
  seq: number;
  id: string;
  type: NotificationType;
  annotationId: string;
  threadId: string;
  source: string;
  at: string;
  readAt: string | null;
  by: { name: string; role: Role; organisation: string };
}

interface NotificationRow {
  seq: number;
  id: string;
  type: NotificationType;
  annotation_id: string;
  thread_id: string;
  source: string;
  at: string;
  read_at: string | null;
  by_name: string;
  by_role: Role;
  by_organisation: string;
}

// What a reader may still see, decided now: the annotation exists, is not deleted, and the one
// visibility rule (VISIBLE_TO_VIEWER over `a`) lets the reader see it as they are today.
const STILL_VISIBLE = `n.user_id = @viewerId AND a.deleted_at IS NULL AND ${VISIBLE_TO_VIEWER}`;

/** Notifications: written with the write that causes them, read through the visibility rule. */
export type NotificationsRepository = ReturnType<typeof createNotificationsRepository>;

/** Prepares the statements once and returns the notifications repository. */
export function createNotificationsRepository(db: BetterSqlite3.Database) {
  const insert = db.prepare<NewNotification>(
    `INSERT INTO notifications (id, user_id, type, annotation_uuid, thread_uuid, actor_id, at)
     VALUES (@id, @userId, @type, @annotationUuid, @threadUuid, @actorId, @at)`,
  );
  const selectVisible = db.prepare<Record<string, unknown>, NotificationRow>(
    `SELECT n.seq, n.id, n.type, a.id AS annotation_id, COALESCE(t.id, a.id) AS thread_id, a.source, n.at, n.read_at,
       actor.name AS by_name, actor.role AS by_role, actor.organisation AS by_organisation
     FROM notifications n JOIN annotations a ON a.uuid = n.annotation_uuid
     LEFT JOIN annotations t ON t.uuid = n.thread_uuid JOIN users actor ON actor.id = n.actor_id
     WHERE ${STILL_VISIBLE} AND (@beforeSeq IS NULL OR n.seq < @beforeSeq)
     ORDER BY n.seq DESC LIMIT @limit`,
  );
  const selectUnreadSince = db.prepare<Record<string, unknown>, NotificationRow>(
    `SELECT n.seq, n.id, n.type, a.id AS annotation_id, COALESCE(t.id, a.id) AS thread_id, a.source, n.at, n.read_at,
       actor.name AS by_name, actor.role AS by_role, actor.organisation AS by_organisation
     FROM notifications n JOIN annotations a ON a.uuid = n.annotation_uuid
     LEFT JOIN annotations t ON t.uuid = n.thread_uuid JOIN users actor ON actor.id = n.actor_id
     WHERE ${STILL_VISIBLE} AND n.read_at IS NULL AND (@id IS NULL OR n.id = @id) AND (@since IS NULL OR n.at >= @since)
     ORDER BY n.seq DESC LIMIT @limit`,
  );
  const countUnread = db.prepare<Record<string, unknown>, { n: number }>(
    `SELECT count(*) AS n FROM notifications n JOIN annotations a ON a.uuid = n.annotation_uuid
     WHERE ${STILL_VISIBLE} AND n.read_at IS NULL`,
  );
  const selectSeq = db.prepare<[string, string], { seq: number }>('SELECT seq FROM notifications WHERE user_id = ? AND id = ?');
  const markUpTo = db.prepare<{ userId: string; upTo: number; at: string }>(
    'UPDATE notifications SET read_at = @at WHERE user_id = @userId AND seq <= @upTo AND read_at IS NULL',
  );
  const selectRecipients = db.prepare<[string], { user_id: string }>('SELECT DISTINCT user_id FROM notifications WHERE annotation_uuid = ?');
  const selectParticipants = db.prepare<[string], { author_id: string }>(
    `WITH RECURSIVE thread(uuid) AS (SELECT ? UNION ALL SELECT a.uuid FROM annotations a JOIN thread t ON a.parent_uuid = t.uuid)
     SELECT DISTINCT a.author_id FROM annotations a JOIN users u ON u.id = a.author_id
     WHERE a.uuid IN (SELECT uuid FROM thread) AND a.deleted_at IS NULL AND u.deleted_at IS NULL`,
  );
  const deleteForUser = db.prepare<[string]>('DELETE FROM notifications WHERE user_id = ?');

  const toRecord = (row: NotificationRow): NotificationRecord => ({
    seq: row.seq,
    id: row.id,
    type: row.type,
    annotationId: row.annotation_id,
    threadId: row.thread_id,
    source: row.source,
    at: row.at,
    readAt: row.read_at,
    by: { name: row.by_name, role: row.by_role, organisation: row.by_organisation },
  });

  return {
    /** Stores one notification (call inside the transaction of the write that causes it). */
    insert(notification: NewNotification): void {
      insert.run(notification);
    },
    /** The newest notifications `viewer` may still see, at most `limit`, before `beforeSeq` when given. */
    listVisible(viewer: Viewer, limit: number, beforeSeq: number | null = null): NotificationRecord[] {
      return selectVisible.all({ ...viewerParams(viewer), limit, beforeSeq }).map(toRecord);
    },
    /**
     * `viewer`'s unread notifications they may still see, newest first: the one named `id`, or those
     * that came at or after `since` (all when both are null): what a mail may tell of, decided when it
     * is sent. At, not after: one made in the very millisecond of the last summary is not lost.
     */
    unreadVisible(viewer: Viewer, filter: { id?: string; since?: string; limit: number }): NotificationRecord[] {
      return selectUnreadSince.all({ ...viewerParams(viewer), id: filter.id ?? null, since: filter.since ?? null, limit: filter.limit }).map(toRecord);
    },
    /** How many of `viewer`'s notifications they may still see and have not read. */
    unreadCount(viewer: Viewer): number {
      return countUnread.get(viewerParams(viewer))?.n ?? 0;
    },
    /** The position of one of `userId`'s notifications, or null when it is not theirs. */
    seqOf(userId: string, id: string): number | null {
      return selectSeq.get(userId, id)?.seq ?? null;
    },
    /** Marks `userId`'s notifications up to `upTo` (all when null) read; returns how many changed. */
    markRead(userId: string, upTo: number | null, at: string): number {
      return markUpTo.run({ userId, upTo: upTo ?? Number.MAX_SAFE_INTEGER, at }).changes;
    },
    /** Who holds a notification about one annotation. */
    recipientsOf(annotationUuid: string): string[] {
      return selectRecipients.all(annotationUuid).map((row) => row.user_id);
    },
    /**
     * The authors (with live accounts) of a thread: its top-level annotation and every reply below it
     * that they have not deleted (who took back what they wrote no longer takes part).
     */
    participantsOf(threadUuid: string): string[] {
      return selectParticipants.all(threadUuid).map((row) => row.author_id);
    },
    /** Forgets a person's notifications (their account is deleted). */
    deleteForUser(userId: string): void {
      deleteForUser.run(userId);
    },
  };
}
