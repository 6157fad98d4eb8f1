import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { roleSchema } from '../../shared/schemas/roles';
import type { KantlijnDatabase } from '../db/database';
import type { User } from '../db/users-repository';
import type { ServiceContext } from './service-context';
import { generateToken, hashToken } from './tokens';

/** What it takes to make a user. */
export const newUserSchema = z.object({
  name: z.string().trim().min(1).max(200),
  role: roleSchema,
  organisation: z.string().trim().min(1).max(200),
  /** Optional: only for notifications by e-mail, which the person still chooses themselves. */
  email: z.email({ error: 'geen geldig e-mailadres' }).max(254).optional(),
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
    if (input.email) db.users.setEmail(created.id, input.email);
    db.audit.record({ at, actorId, action: 'user.create', subject: created.id, detail: { role: created.role, organisation: created.organisation } });
    return created;
  });
  return { user, token };
}

/**
 * The one way to take someone's access away: revokes every live token of `targetId`, ends their
 * reader sessions, records who did it (and `via` which screen), and ends their open live streams
 * at once. Returns how many tokens were live, or null when there is no such user.
 */
export function revokeAllTokens(context: ServiceContext, actor: User, targetId: string, via?: 'dashboard'): { target: User; revoked: number } | null {
  const target = context.db.users.findById(targetId);
  if (!target) return null;
  const at = context.now().toISOString();
  const revoked = context.db.transaction(() => {
    const count = context.db.users.revokeAllTokens(target.id, at);
    context.db.readerSessions.deleteForUser(target.id);
    context.db.audit.record({ at, actorId: actor.id, action: 'user.revoke-tokens', subject: target.id, detail: { count, ...(via ? { via } : {}) } });
    return count;
  });
  context.events.streams.endForUser(target.id);
  return { target, revoked };
}

/**
 * Signs one device out: revokes the token of `tokenHash`, ends the reader session riding on it,
 * and ends the streams opened with it.
 */
export function signOut(context: ServiceContext, tokenHash: string): void {
  context.db.transaction(() => {
    context.db.users.revokeToken(tokenHash, context.now().toISOString());
    context.db.readerSessions.deleteForToken(tokenHash);
  });
  context.events.streams.endForToken(tokenHash);
}
