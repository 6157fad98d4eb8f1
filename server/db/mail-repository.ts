import type BetterSqlite3 from 'better-sqlite3';
import type { MailMode } from '../../shared/schemas/notification';

/** A mail waiting to be sent: one notification at once, or the daily summary since a moment. */
export interface OutboxMail {
  seq: number;
  userId: string;
  kind: 'immediate' | 'summary';
  notificationId: string | null;
  since: string | null;
  createdAt: string;
  attempts: number;
}

interface OutboxRow {
  seq: number;
  user_id: string;
  kind: 'immediate' | 'summary';
  notification_id: string | null;
  since: string | null;
  created_at: string;
  attempts: number;
}

/** Mail preferences, the mail outbox and unsubscribe tokens (only their hashes). */
export type MailRepository = ReturnType<typeof createMailRepository>;

/** Prepares the statements once and returns the mail repository. */
export function createMailRepository(db: BetterSqlite3.Database) {
  const selectMode = db.prepare<[string], { mode: MailMode }>('SELECT mode FROM mail_preferences WHERE user_id = ?');
  const upsertMode = db.prepare<{ userId: string; mode: MailMode; at: string }>(
    `INSERT INTO mail_preferences (user_id, mode, updated_at, summary_after) VALUES (@userId, @mode, @at, @at)
     ON CONFLICT (user_id) DO UPDATE SET mode = @mode, updated_at = @at,
       summary_after = CASE WHEN mode = @mode THEN summary_after ELSE @at END`,
  );
  const insertMail = db.prepare<{ userId: string; kind: string; notificationId: string | null; since: string | null; at: string }>(
    `INSERT INTO mail_outbox (user_id, kind, notification_id, since, created_at, next_attempt_at)
     VALUES (@userId, @kind, @notificationId, @since, @at, @at)`,
  );
  const selectDue = db.prepare<{ now: string; limit: number }, OutboxRow>(
    `SELECT seq, user_id, kind, notification_id, since, created_at, attempts FROM mail_outbox
     WHERE done_at IS NULL AND next_attempt_at <= @now ORDER BY next_attempt_at, seq LIMIT @limit`,
  );
  const selectNextDue = db.prepare<[], { at: string | null }>('SELECT min(next_attempt_at) AS at FROM mail_outbox WHERE done_at IS NULL');
  const finish = db.prepare<{ seq: number; at: string; outcome: 'sent' | 'dropped'; error: string | null }>(
    'UPDATE mail_outbox SET done_at = @at, outcome = @outcome, last_error = COALESCE(@error, last_error) WHERE seq = @seq',
  );
  const retryLater = db.prepare<{ seq: number; next: string; error: string }>(
    'UPDATE mail_outbox SET attempts = attempts + 1, next_attempt_at = @next, last_error = @error WHERE seq = @seq',
  );
  const dropPending = db.prepare<{ userId: string; at: string }>(
    `UPDATE mail_outbox SET done_at = @at, outcome = 'dropped', last_error = 'afgemeld' WHERE user_id = @userId AND done_at IS NULL`,
  );
  const selectSummariesDue = db.prepare<{ before: string }, { user_id: string; summary_after: string }>(
    `SELECT p.user_id, p.summary_after FROM mail_preferences p JOIN users u ON u.id = p.user_id
     WHERE p.mode = 'daily' AND p.summary_after <= @before AND u.deleted_at IS NULL AND u.email IS NOT NULL`,
  );
  const moveSummary = db.prepare<[string, string]>('UPDATE mail_preferences SET summary_after = ? WHERE user_id = ?');
  const insertToken = db.prepare<[string, string, string]>('INSERT INTO unsubscribe_tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)');
  const selectTokenUser = db.prepare<[string], { user_id: string }>('SELECT user_id FROM unsubscribe_tokens WHERE token_hash = ?');

  return {
    /** How `userId` wants mail; `off` when they never chose. */
    modeOf(userId: string): MailMode {
      return selectMode.get(userId)?.mode ?? 'off';
    },
    /** Sets how `userId` wants mail; a changed choice starts the daily summary afresh from `at`. */
    setMode(userId: string, mode: MailMode, at: string): void {
      upsertMode.run({ userId, mode, at });
    },
    /** Puts a mail in the outbox, due at once (call inside the transaction that causes it). */
    enqueue(mail: { userId: string; kind: 'immediate' | 'summary'; notificationId?: string; since?: string; at: string }): void {
      insertMail.run({ userId: mail.userId, kind: mail.kind, notificationId: mail.notificationId ?? null, since: mail.since ?? null, at: mail.at });
    },
    /** Mails due at `now`, oldest first. */
    due(now: string, limit: number): OutboxMail[] {
      return selectDue.all({ now, limit }).map((row) => ({
        seq: row.seq,
        userId: row.user_id,
        kind: row.kind,
        notificationId: row.notification_id,
        since: row.since,
        createdAt: row.created_at,
        attempts: row.attempts,
      }));
    },
    /** When the next waiting mail is due, or null when the outbox is empty. */
    nextDueAt(): string | null {
      return selectNextDue.get()?.at ?? null;
    },
    /** A mail went out, or is no longer to be sent (`dropped`, with why). */
    finish(seq: number, at: string, outcome: 'sent' | 'dropped', error: string | null = null): void {
      finish.run({ seq, at, outcome, error });
    },
    /** A sending attempt failed: try again at `next`. */
    retryLater(seq: number, next: string, error: string): void {
      retryLater.run({ seq, next, error });
    },
    /** Drops every waiting mail of `userId` (they unsubscribed or removed their address). */
    dropPendingFor(userId: string, at: string): void {
      dropPending.run({ userId, at });
    },
    /** Users on the daily summary whose last summary (or choice) is at or before `before`. */
    summariesDue(before: string): { userId: string; since: string }[] {
      return selectSummariesDue.all({ before }).map((row) => ({ userId: row.user_id, since: row.summary_after }));
    },
    /** The next summary of `userId` covers what comes after `at`. */
    moveSummary(userId: string, at: string): void {
      moveSummary.run(at, userId);
    },
    /** Keeps the hash of a one-click unsubscribe token. */
    storeUnsubscribeToken(tokenHash: string, userId: string, at: string): void {
      insertToken.run(tokenHash, userId, at);
    },
    /** Whose unsubscribe token hashes to `tokenHash`, or null. */
    userOfUnsubscribeToken(tokenHash: string): string | null {
      return selectTokenUser.get(tokenHash)?.user_id ?? null;
    },
  };
}
