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
}

function toUser(row: UserRow): User {
  return { id: row.id, name: row.name, role: row.role, organisation: row.organisation, createdAt: row.created_at };
}

/** Users and their API tokens. Tokens are only ever seen here as hashes. */
export type UsersRepository = ReturnType<typeof createUsersRepository>;

/** Prepares the statements once and returns the users repository. */
export function createUsersRepository(db: BetterSqlite3.Database) {
  const insertUser = db.prepare<[string, string, string, string, string]>(
    'INSERT INTO users (id, name, role, organisation, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  const insertToken = db.prepare<[string, string, string]>(
    'INSERT INTO tokens (token_hash, user_id, created_at) VALUES (?, ?, ?)',
  );
  const selectByTokenHash = db.prepare<[string], UserRow>(
    `SELECT users.* FROM tokens JOIN users ON users.id = tokens.user_id
     WHERE tokens.token_hash = ? AND tokens.revoked_at IS NULL`,
  );
  const selectById = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const countRole = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM users WHERE role = ?');

  return {
    /** Stores a new user together with the hash of its first token, in one transaction. */
    createWithToken: db.transaction((user: User, tokenHash: string): User => {
      insertUser.run(user.id, user.name, user.role, user.organisation, user.createdAt);
      insertToken.run(tokenHash, user.id, user.createdAt);
      return user;
    }),
    /** The user owning a live (not revoked) token, by the token's hash. */
    findByTokenHash(tokenHash: string): User | null {
      const row = selectByTokenHash.get(tokenHash);
      return row ? toUser(row) : null;
    },
    findById(id: string): User | null {
      const row = selectById.get(id);
      return row ? toUser(row) : null;
    },
    countWithRole(role: Role): number {
      return countRole.get(role)?.n ?? 0;
    },
  };
}
