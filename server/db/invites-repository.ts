import type BetterSqlite3 from 'better-sqlite3';
import type { Role } from '../../shared/schemas/roles';

/** An invitation to join with a given role and organisation; its code is stored only as a hash. */
export interface Invite {
  codeHash: string;
  role: Role;
  organisation: string;
  name: string | null;
  createdBy: string;
  createdAt: string;
  expiresAt: string;
  redeemedAt: string | null;
  redeemedBy: string | null;
}

interface InviteRow {
  code_hash: string;
  role: Role;
  organisation: string;
  name: string | null;
  created_by: string;
  created_at: string;
  expires_at: string;
  redeemed_at: string | null;
  redeemed_by: string | null;
}

function toInvite(row: InviteRow): Invite {
  return {
    codeHash: row.code_hash,
    role: row.role,
    organisation: row.organisation,
    name: row.name,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    redeemedAt: row.redeemed_at,
    redeemedBy: row.redeemed_by,
  };
}

/** Prepares the statements once and returns the invites repository. */
export function createInvitesRepository(db: BetterSqlite3.Database) {
  const insert = db.prepare(
    `INSERT INTO invites (code_hash, role, organisation, name, created_by, created_at, expires_at)
     VALUES (@codeHash, @role, @organisation, @name, @createdBy, @createdAt, @expiresAt)`,
  );
  const selectByHash = db.prepare<[string], InviteRow>('SELECT * FROM invites WHERE code_hash = ?');
  const markRedeemed = db.prepare<{ codeHash: string; at: string; by: string }>(
    'UPDATE invites SET redeemed_at = @at, redeemed_by = @by WHERE code_hash = @codeHash AND redeemed_at IS NULL',
  );
  const selectRecent = db.prepare<[number], InviteRow>('SELECT * FROM invites ORDER BY created_at DESC LIMIT ?');

  return {
    insert(invite: Invite): void {
      const { codeHash, role, organisation, name, createdBy, createdAt, expiresAt } = invite;
      insert.run({ codeHash, role, organisation, name, createdBy, createdAt, expiresAt });
    },
    findByHash(codeHash: string): Invite | null {
      const row = selectByHash.get(codeHash);
      return row ? toInvite(row) : null;
    },
    /** Marks an invite used; false when it was already used (a race between two redemptions). */
    markRedeemed(codeHash: string, at: string, by: string): boolean {
      return markRedeemed.run({ codeHash, at, by }).changes === 1;
    },
    recent(limit: number): Invite[] {
      return selectRecent.all(limit).map(toInvite);
    },
  };
}
