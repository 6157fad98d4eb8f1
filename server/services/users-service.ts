import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { roleSchema } from '../../shared/schemas/roles';
import type { KantlijnDatabase } from '../db/database';
import type { User } from '../db/users-repository';
import { generateToken, hashToken } from './tokens';

/** What it takes to make a user. */
export const newUserSchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  organisation: z.string().trim().min(1).max(200),
});
export type NewUser = z.infer<typeof newUserSchema>;

/**
 * Creates a user with a fresh token; the token is returned once and never stored in clear.
 * Runs in its own transaction unless called inside one.
 */
export function createUserWithToken(db: KantlijnDatabase, input: NewUser, now: Date, actorId: string | null = null): { user: User; token: string } {
  const token = generateToken();
  const at = now.toISOString();
  const user = db.transaction(() => {
    const created = db.users.createWithToken(
      { id: randomUUID(), name: input.name, role: input.role, organisation: input.organisation, createdAt: at },
      hashToken(token),
    );
    db.audit.record({ at, actorId, action: 'user.create', subject: created.id, detail: { role: created.role, organisation: created.organisation } });
    return created;
  });
  return { user, token };
}
