import type BetterSqlite3 from 'better-sqlite3';

/** One audited event: who did what to which subject, when. */
export interface AuditEntry {
  seq: number;
  at: string;
  actorId: string | null;
  action: string;
  subject: string;
  detail: Record<string, unknown> | null;
}

interface AuditRow {
  seq: number;
  at: string;
  actor_id: string | null;
  action: string;
  subject: string;
  detail: string | null;
}

/** Prepares the statements once and returns the audit repository. */
export function createAuditRepository(db: BetterSqlite3.Database) {
  const insert = db.prepare<[string, string | null, string, string, string | null]>(
    'INSERT INTO audit_log (at, actor_id, action, subject, detail) VALUES (?, ?, ?, ?, ?)',
  );
  const selectPage = db.prepare<{ before: number; limit: number }, AuditRow>(
    'SELECT * FROM audit_log WHERE seq < @before ORDER BY seq DESC LIMIT @limit',
  );

  return {
    /** Appends an entry; call it in the same transaction as the change it records. */
    record(entry: Omit<AuditEntry, 'seq'>): void {
      insert.run(entry.at, entry.actorId, entry.action, entry.subject, entry.detail ? JSON.stringify(entry.detail) : null);
    },
    /** Newest first, entries before sequence number `before`. */
    page(before: number, limit: number): AuditEntry[] {
      return selectPage.all({ before, limit }).map((row) => ({
        seq: row.seq,
        at: row.at,
        actorId: row.actor_id,
        action: row.action,
        subject: row.subject,
        detail: row.detail ? (JSON.parse(row.detail) as Record<string, unknown>) : null,
      }));
    },
  };
}
