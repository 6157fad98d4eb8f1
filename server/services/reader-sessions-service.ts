import { createHash } from 'node:crypto';
import type { ReaderSessionRecord } from '../db/reader-sessions-repository';
import type { User } from '../db/users-repository';
import { redeemInvite } from './invites-service';
import type { ServiceContext } from './service-context';
import { generateToken, hashToken } from './tokens';
import { signOut } from './users-service';

/** A reader session ends after this long without use; every use moves the end further. */
export const READER_SESSION_IDLE_MS = 14 * 24 * 60 * 60 * 1000;
/** However often it is used, a session ends this long after sign-in: a stolen cookie does not live forever. */
export const READER_SESSION_MAX_MS = 90 * 24 * 60 * 60 * 1000;
/** The end is moved at most this often, so reading does not write to the database on every request. */
const RENEW_AFTER_MS = 10 * 60 * 1000;

/** A live session, found by the id its cookie carries. */
export interface ReaderSession {
  record: ReaderSessionRecord;
  user: User;
  /** Set when this use moved the end: the cookie must then be sent again with the new lifetime. */
  renewedUntil: Date | null;
}

/** The stored form of a session id (ids are 256 random bits, so a plain SHA-256 suffices, as for tokens). */
function hashSessionId(sessionId: string): string {
  return hashToken(`reader-session:${sessionId}`);
}

/**
 * The CSRF token of a session: derived from its id, so it needs no storage and is useless without
 * the id, which only the HttpOnly cookie holds. The reader's page carries it and echoes it in a
 * header on every write.
 */
export function csrfTokenFor(sessionId: string): string {
  return createHash('sha256').update(`kantlijn-reader-csrf:${sessionId}`, 'utf8').digest('base64url');
}

function endOf(createdAt: Date, now: Date): Date {
  return new Date(Math.min(now.getTime() + READER_SESSION_IDLE_MS, createdAt.getTime() + READER_SESSION_MAX_MS));
}

/** Starts a session for `user` on the token of `tokenHash`; returns the id for the cookie, once. */
export function startReaderSession(context: ServiceContext, user: User, tokenHash: string): { sessionId: string; expiresAt: Date } {
  const sessionId = generateToken();
  const now = context.now();
  const expiresAt = endOf(now, now);
  context.db.transaction(() => {
    context.db.readerSessions.deleteExpired(now.toISOString());
    context.db.readerSessions.insert({ idHash: hashSessionId(sessionId), userId: user.id, tokenHash, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() });
    context.db.audit.record({ at: now.toISOString(), actorId: user.id, action: 'reader.sign-in', subject: user.id, detail: null });
  });
  return { sessionId, expiresAt };
}

/**
 * Redeems an invitation for the reader: the account is made exactly as for the extension (same
 * rules, same errors), and its token is held by a session instead of by the extension's storage.
 */
export function redeemInviteForReader(context: ServiceContext, code: string, name: string): { user: User; sessionId: string; expiresAt: Date } {
  const { user, token } = redeemInvite(context, code, { name });
  return { user, ...startReaderSession(context, user, hashToken(token)) };
}

/**
 * The live session of `sessionId` whose token and account are still valid, or null. Revoking the
 * token (sign-out, the secretariat taking access away) or closing the account ends it at once.
 */
export function findReaderSession(context: ServiceContext, sessionId: string): ReaderSession | null {
  const now = context.now();
  const idHash = hashSessionId(sessionId);
  const record = context.db.readerSessions.findLive(idHash, now.toISOString());
  if (!record) return null;
  const user = context.db.users.findByTokenHash(record.tokenHash);
  if (!user || user.id !== record.userId) {
    context.db.readerSessions.delete(idHash);
    return null;
  }
  const next = endOf(new Date(record.createdAt), now);
  if (next.getTime() - new Date(record.expiresAt).getTime() < RENEW_AFTER_MS) return { record, user, renewedUntil: null };
  context.db.readerSessions.extend(idHash, next.toISOString());
  return { record: { ...record, expiresAt: next.toISOString() }, user, renewedUntil: next };
}

/** Signs the reader out: the session ends and its token is revoked, live streams included. */
export function endReaderSession(context: ServiceContext, sessionId: string): void {
  const record = context.db.readerSessions.findLive(hashSessionId(sessionId), context.now().toISOString());
  context.db.readerSessions.delete(hashSessionId(sessionId));
  if (record) signOut(context, record.tokenHash);
}

/** A fresh token for the same person, to sign the extension in too (shown once). */
export function issueExtensionToken(context: ServiceContext, user: User): string {
  const token = generateToken();
  const at = context.now().toISOString();
  context.db.transaction(() => {
    context.db.users.addToken(user.id, hashToken(token), at);
    context.db.audit.record({ at, actorId: user.id, action: 'reader.extension-token', subject: user.id, detail: null });
  });
  return token;
}
