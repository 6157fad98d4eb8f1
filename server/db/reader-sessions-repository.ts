import type BetterSqlite3 from 'better-sqlite3';

/** One signed-in browser of the reader, as stored (the session id itself is never stored). */
export interface ReaderSessionRecord {
  idHash: string;
  userId: string;
  /** Hash of the API token the session uses on the person's behalf. */
  tokenHash: string;
  createdAt: string;
  expiresAt: string;
}

interface ReaderSessionRow {
  id_hash: string;
  user_id: string;
  token_hash: string;
  created_at: string;
  expires_at: string;
}

function toRecord(row: ReaderSessionRow): ReaderSessionRecord {
  return { idHash: row.id_hash, userId: row.user_id, tokenHash: row.token_hash, createdAt: row.created_at, expiresAt: row.expires_at };
}

/** The reader's sessions. */
export type ReaderSessionsRepository = ReturnType<typeof createReaderSessionsRepository>;

/** Prepares the statements once and returns the reader sessions repository. */
export function createReaderSessionsRepository(db: BetterSqlite3.Database) {
  const insert = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO reader_sessions (id_hash, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)',
  );
  const selectLive = db.prepare<[string, string], ReaderSessionRow>('SELECT * FROM reader_sessions WHERE id_hash = ? AND expires_at > ?');
  const extend = db.prepare<[string, string]>('UPDATE reader_sessions SET expires_at = ? WHERE id_hash = ?');
  const deleteOne = db.prepare<[string]>('DELETE FROM reader_sessions WHERE id_hash = ?');
  const deleteForUser = db.prepare<[string]>('DELETE FROM reader_sessions WHERE user_id = ?');
  const deleteForToken = db.prepare<[string]>('DELETE FROM reader_sessions WHERE token_hash = ?');
  const deleteExpired = db.prepare<[string]>('DELETE FROM reader_sessions WHERE expires_at <= ?');

  return {
    insert(record: ReaderSessionRecord): void {
      insert.run(record.idHash, record.userId, record.tokenHash, record.createdAt, record.expiresAt);
    },
    /** The session with this id hash that has not expired at `at` (ISO), or null. */
    findLive(idHash: string, at: string): ReaderSessionRecord | null {
      const row = selectLive.get(idHash, at);
      return row ? toRecord(row) : null;
    },
    extend(idHash: string, expiresAt: string): void {
      extend.run(expiresAt, idHash);
    },
    delete(idHash: string): void {
      deleteOne.run(idHash);
    },
    /** Ends every session of a user; returns how many there were. */
    deleteForUser(userId: string): number {
      return deleteForUser.run(userId).changes;
    },
    deleteForToken(tokenHash: string): number {
      return deleteForToken.run(tokenHash).changes;
    },
    /** Drops sessions that expired before `at`, so the table holds live ones only. */
    deleteExpired(at: string): number {
      return deleteExpired.run(at).changes;
    },
  };
}
