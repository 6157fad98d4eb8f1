import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { KantlijnDatabase } from '../db/database';
import { ApiFailure } from './api-failure';
import type { AppEnv } from './app-env';
import { bearerOf } from './bearer-token';
import type { SignInGuard } from './rate-limit';
import type { SessionCheck } from './reader-session';

/** Checks a request's reader session (see `checkReaderSession`); given only where the reader is on. */
export type ReaderSessionCheck = (c: Context) => SessionCheck;

/**
 * Requires `Authorization: Bearer TOKEN` of a known, unrevoked token and puts its user on the
 * context. A request without an `Authorization` header may instead carry the reader's session
 * cookie (`readerSession`): its writes must carry the CSRF header too. A bearer header always
 * decides alone, so a session never turns a bad token into a good one. The token is checked first: a valid one always passes, since tokens carry 256 random
 * bits and refusing them protects nothing. Only unknown tokens count against the client's address
 * (`guard`) and are refused once that address has failed too often, so guessing is slowed without
 * one person's typo locking out everyone behind the same address.
 */
export function requireUser(db: KantlijnDatabase, guard?: SignInGuard, readerSession?: ReaderSessionCheck) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { sent, tokenHash } = bearerOf(c);
    const check = !sent && readerSession ? readerSession(c) : null;
    if (check?.ok) {
      c.set('user', check.session.user);
      c.set('tokenHash', check.session.record.tokenHash);
      await next();
      return;
    }
    if (check?.reason === 'csrf') {
      throw new ApiFailure(403, 'csrf_failed', 'Dit verzoek kwam niet van de Kantlijn-lezer zelf. Laad de pagina opnieuw en probeer het nog eens.');
    }
    const user = tokenHash ? db.users.findByTokenHash(tokenHash) : null;
    if (!user || !tokenHash) {
      guard?.assertAllowed(c);
      guard?.recordFailure(c);
      c.header('WWW-Authenticate', 'Bearer realm="kantlijn"');
      throw new ApiFailure(401, 'unauthorized', tokenHash ? 'Onbekend of ingetrokken token.' : 'Inloggen vereist (Bearer-token).');
    }
    c.set('user', user);
    c.set('tokenHash', tokenHash);
    await next();
  });
}
