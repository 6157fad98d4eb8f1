/**
 * Review rounds, invites, moderation and soft deletion of annotations, the audit log, and account
 * deletion. Annotations made before this migration belong to no round.
 */
export const roundsInvitesAudit = `
CREATE TABLE rounds (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  taxonomy_version INTEGER NOT NULL,
  opens_at TEXT NOT NULL,
  closes_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  CHECK (closes_at > opens_at)
) STRICT;
CREATE INDEX rounds_period ON rounds(opens_at, closes_at);

CREATE TABLE invites (
  code_hash TEXT PRIMARY KEY,
  role TEXT NOT NULL CHECK (role IN ('councillor', 'partner', 'secretariat', 'respondent')),
  organisation TEXT NOT NULL,
  name TEXT,
  created_by TEXT NOT NULL REFERENCES users(id),
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  redeemed_at TEXT,
  redeemed_by TEXT REFERENCES users(id)
) STRICT;

ALTER TABLE users ADD COLUMN deleted_at TEXT;

ALTER TABLE annotations ADD COLUMN round_id TEXT REFERENCES rounds(id);
ALTER TABLE annotations ADD COLUMN deleted_at TEXT;
ALTER TABLE annotations ADD COLUMN hidden_at TEXT;
ALTER TABLE annotations ADD COLUMN hidden_by TEXT REFERENCES users(id);
ALTER TABLE annotations ADD COLUMN hidden_reason TEXT;
CREATE INDEX annotations_round ON annotations(round_id);
CREATE INDEX annotations_created ON annotations(created, uuid);

CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_id TEXT,
  action TEXT NOT NULL,
  subject TEXT NOT NULL,
  detail TEXT
) STRICT;
CREATE INDEX audit_log_subject ON audit_log(subject);
`;
