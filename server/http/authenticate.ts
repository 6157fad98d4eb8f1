import { createMiddleware } from 'hono/factory';
import type { KantlijnDatabase } from '../db/database';
import { hashToken } from '../services/tokens';
import { ApiFailure } from './api-failure';
import type { AppEnv } from './app-env';
import type { SignInGuard } from './rate-limit';

const BEARER = /^Bearer\s+(\S{1,200})$/i;

/**
 * Requires `Authorization: Bearer TOKEN` of a known, unrevoked token and puts its user on the
 * context. Failed attempts count against the client's address (`guard`), so guessing is slowed.
 */
export function requireUser(db: KantlijnDatabase, guard?: SignInGuard) {
  return createMiddleware<AppEnv>(async (c, next) => {
    guard?.assertAllowed(c);
    const match = BEARER.exec(c.req.header('Authorization') ?? '');
    const tokenHash = match?.[1] ? hashToken(match[1]) : null;
    const user = tokenHash ? db.users.findByTokenHash(tokenHash) : null;
    if (!user || !tokenHash) {
      guard?.recordFailure(c);
      c.header('WWW-Authenticate', 'Bearer realm="kantlijn"');
      throw new ApiFailure(401, 'unauthorized', match ? 'Onbekend of ingetrokken token.' : 'Inloggen vereist (Bearer-token).');
    }
    c.set('user', user);
    c.set('tokenHash', tokenHash);
    await next();
  });
}
