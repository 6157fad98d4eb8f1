import { randomBytes } from 'node:crypto';

/** How long a dashboard session lasts from sign-in: one working day. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/** One signed-in browser. The API token itself is never kept: only its hash, to re-check it. */
export interface DashboardSession {
  id: string;
  userId: string;
  /** Hash of the token signed in with: revoking that token ends the session too. */
  tokenHash: string;
  /** Per-session secret every POST form must echo back. */
  csrfToken: string;
  expiresAt: number;
}

/** The sessions of one dashboard router. */
export interface SessionStore {
  create(userId: string, tokenHash: string): DashboardSession;
  /** The live session with this id, or null (unknown or expired; expired ones are dropped). */
  find(id: string): DashboardSession | null;
  destroy(id: string): void;
}

/** 256 random bits, base64url: unguessable session ids and CSRF tokens. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Sessions kept in memory: a restart signs everyone out, and the dashboard runs in one process
 * (as the server does). That is acceptable for a handful of secretariat staff and keeps the
 * database schema untouched; the 8-hour expiry is absolute, not sliding, so a stolen cookie
 * cannot be kept alive.
 */
export function createSessionStore(now: () => Date): SessionStore {
  const sessions = new Map<string, DashboardSession>();

  function purgeExpired(at: number): void {
    for (const [id, session] of sessions) if (session.expiresAt <= at) sessions.delete(id);
  }

  return {
    create(userId, tokenHash) {
      const at = now().getTime();
      // Cleaning up on sign-in keeps the map bounded by the number of live sessions.
      purgeExpired(at);
      const session: DashboardSession = { id: randomSecret(), userId, tokenHash, csrfToken: randomSecret(), expiresAt: at + SESSION_TTL_MS };
      sessions.set(session.id, session);
      return session;
    },
    find(id) {
      const session = sessions.get(id);
      if (!session) return null;
      if (session.expiresAt <= now().getTime()) {
        sessions.delete(id);
        return null;
      }
      return session;
    },
    destroy(id) {
      sessions.delete(id);
    },
  };
}
