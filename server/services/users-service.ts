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

/** Creates a user with a fresh token; the token is returned once and never stored in clear. */
export function createUserWithToken(db: KantlijnDatabase, input: NewUser, now: Date): { user: User; token: string } {
  const token = generateToken();
  const user = db.users.createWithToken(
    { id: randomUUID(), name: input.name, role: input.role, organisation: input.organisation, createdAt: now.toISOString() },
    hashToken(token),
  );
  return { user, token };
}

/** The user a bearer token belongs to, or `null` for an unknown or revoked token. */
export function authenticate(db: KantlijnDatabase, token: string): User | null {
  return db.users.findByTokenHash(hashToken(token));
}
