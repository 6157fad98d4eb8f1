import type BetterSqlite3 from 'better-sqlite3';
import type { Role } from '../../shared/schemas/roles';

/** A person who can sign in. */
export interface User {
  id: string;
  name: string;
  role: Role;
  organisation: string;
  createdAt: string;
}

interface UserRow {
  id: string;
  name: string;
  role: Role;
  organisation: string;
  created_at: string;
  deleted_at: string | null;
}

function toUser(row: UserRow): User {
  return { id: row.id, name: row.name, role: row.role, organisation: row.organisation, createdAt: row.created_at };
}

/** What the secretariat sees in its user list. */
export interface UserSummary extends User {
  activeTokens: number;
}

/** The name shown for remarks whose author deleted their account. */
export const DELETED_USER_NAME = 'Verwijderd account';

/** Prepares the statements once and returns the users repository. */
export function createUsersRepository(db: BetterSqlite3.Database) {
  const insertUser = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO users (id, name, role, organisation, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertToken = db.prepare<[string, string, string]>('INSERT INTO tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)');
  const selectByTokenHash = db.prepare<[string], UserRow>(
    `SELECT users.* FROM tokens JOIN users ON users.id = tokens.user_id
     WHERE tokens.token_hash = ? AND tokens.revoked_at IS NULL AND users.deleted_at IS NULL`,
  );
  const selectById = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ? AND deleted_at IS NULL');
  const countRole = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM users WHERE role = ? AND deleted_at IS NULL');
  const selectAll = db.prepare<[], UserRow & { active_tokens: number }>(
    `SELECT users.*, (SELECT count(*) FROM tokens WHERE tokens.user_id = users.id AND revoked_at IS NULL) AS active_tokens
     FROM users WHERE deleted_at IS NULL ORDER BY organisation, name`,
  );
  const revokeOne = db.prepare<[string, string]>('UPDATE tokens SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL');
  const revokeAll = db.prepare<[string, string]>('UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL');
  const markDeleted = db.prepare<[string, string, string]>('UPDATE users SET name = ?, email = NULL, deleted_at = ? WHERE id = ?');
  const selectEmail = db.prepare<[string], { email: string | null }>('SELECT email FROM users WHERE id = ? AND deleted_at IS NULL');
  const updateEmail = db.prepare<[string | null, string]>('UPDATE users SET email = ? WHERE id = ? AND deleted_at IS NULL');
  // Every request looks its token up; the answer changes only through this repository's own
  // revoking and deleting (which clear the cache), so it can be remembered. Unknown tokens are not
  // cached: a token created by the CLI in another process must work at once.
  const signedIn = new Map<string, User>();
  const forgetSignIns = () => signedIn.clear();

  return {
    /** Stores a new user together with the hash of its first token (call inside a transaction). */
    createWithToken(user: User, tokenHash: string): User {
      insertUser.run(user.id, user.name, user.role, user.organisation, user.createdAt);
      insertToken.run(tokenHash, user.id, user.createdAt);
      return user;
    },
    /** Gives an existing user one more token (another device or way in), by its hash. */
    addToken(userId: string, tokenHash: string, at: string): void {
      insertToken.run(tokenHash, userId, at);
    },
    /** The user owning a live (not revoked) token, by the token's hash. */
    findByTokenHash(tokenHash: string): User | null {
      const known = signedIn.get(tokenHash);
      if (known) return known;
      const row = selectByTokenHash.get(tokenHash);
      if (!row) return null;
      if (signedIn.size >= 10_000) signedIn.clear();
      const user = toUser(row);
      signedIn.set(tokenHash, user);
      return user;
    },
    findById(id: string): User | null {
      const row = selectById.get(id);
      return row ? toUser(row) : null;
    },
    countWithRole(role: Role): number {
      return countRole.get(role)?.n ?? 0;
    },
    all(): UserSummary[] {
      return selectAll.all().map((row) => ({ ...toUser(row), activeTokens: row.active_tokens }));
    },
    /** The e-mail address a user gave for notifications, if any (never shown to others). */
    emailOf(userId: string): string | null {
      return selectEmail.get(userId)?.email ?? null;
    },
    /** Sets or (null) removes a user's e-mail address. */
    setEmail(userId: string, email: string | null): void {
      updateEmail.run(email, userId);
    },
    /** Revokes one token; true when it was live. */
    revokeToken(tokenHash: string, at: string): boolean {
      forgetSignIns();
      return revokeOne.run(at, tokenHash).changes === 1;
    },
    /** Revokes every live token of a user; returns how many. */
    revokeAllTokens(userId: string, at: string): number {
      forgetSignIns();
      return revokeAll.run(at, userId).changes;
    },
    /** Closes an account: its name is erased, its tokens revoked; role and organisation stay for the record. */
    markDeleted(userId: string, at: string): void {
      forgetSignIns();
      revokeAll.run(at, userId);
      markDeleted.run(DELETED_USER_NAME, at, userId);
    },
  };
}
