/**
 * "Nieuw voor u": one row per person per event that concerns them (a reply to their remark, an
 * answer of the reviewed organisation, a reply in a thread they took part in), written in the same
 * transaction as the write that caused it. Whether the reader may still see it is decided at read
 * time, never stored. Besides: an optional e-mail address per user, their mail preference, the
 * mail outbox (a mail server that is down loses nothing: rows wait and are retried), and the
 * hashes of one-click unsubscribe tokens.
 */
export const notifications = `
CREATE TABLE notifications (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  type TEXT NOT NULL CHECK (type IN ('reply', 'answer', 'thread-reply')),
  annotation_uuid TEXT NOT NULL REFERENCES annotations(uuid) ON DELETE CASCADE,
  thread_uuid TEXT NOT NULL,
  actor_id TEXT NOT NULL REFERENCES users(id),
  at TEXT NOT NULL,
  read_at TEXT
) STRICT;
CREATE INDEX notifications_user ON notifications(user_id, seq);
CREATE INDEX notifications_annotation ON notifications(annotation_uuid);

ALTER TABLE users ADD COLUMN email TEXT;

CREATE TABLE mail_preferences (
  user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
  mode TEXT NOT NULL CHECK (mode IN ('off', 'immediate', 'daily')),
  updated_at TEXT NOT NULL,
  summary_after TEXT NOT NULL
) STRICT;

CREATE TABLE mail_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('immediate', 'summary')),
  notification_id TEXT REFERENCES notifications(id) ON DELETE CASCADE,
  since TEXT,
  created_at TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at TEXT NOT NULL,
  last_error TEXT,
  done_at TEXT,
  outcome TEXT CHECK (outcome IN ('sent', 'dropped'))
) STRICT;
CREATE INDEX mail_outbox_due ON mail_outbox(done_at, next_attempt_at);

CREATE TABLE unsubscribe_tokens (
  token_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX unsubscribe_tokens_user ON unsubscribe_tokens(user_id);
`;
