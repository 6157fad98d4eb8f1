import { createMiddleware } from 'hono/factory';
import type { KantlijnDatabase } from '../db/database';
import { ApiFailure } from './api-failure';
import type { AppEnv } from './app-env';
import { bearerOf } from './bearer-token';
import type { SignInGuard } from './rate-limit';

/**
 * Requires `Authorization: Bearer TOKEN` of a known, unrevoked token and puts its user on the
 * context. The token is checked first: a valid one always passes, since tokens carry 256 random
 * bits and refusing them protects nothing. Only unknown tokens count against the client's address
 * (`guard`) and are refused once that address has failed too often, so guessing is slowed without
 * one person's typo locking out everyone behind the same address.
 */
export function requireUser(db: KantlijnDatabase, guard?: SignInGuard) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { tokenHash } = bearerOf(c);
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
