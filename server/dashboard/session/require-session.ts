import { createMiddleware } from 'hono/factory';
import type { ServiceContext } from '../../services/service-context';
import type { DashboardEnv } from '../dashboard-env';
import { clearSessionCookie, DASHBOARD_PATH, readSessionCookie } from './session-cookie';
import type { SessionStore } from './session-store';

/**
 * Lets a request through only with a live session whose token is still valid and still belongs to
 * a secretariat account: revoking the token or the account ends the dashboard session at once.
 * Anyone else is sent to the sign-in page.
 */
export function requireSession(context: ServiceContext, store: SessionStore) {
  return createMiddleware<DashboardEnv>(async (c, next) => {
    const id = readSessionCookie(c);
    const session = id ? store.find(id) : null;
    const user = session ? context.db.users.findByTokenHash(session.tokenHash) : null;
    if (!session || !user || user.id !== session.userId || user.role !== 'secretariat') {
      if (session) store.destroy(session.id);
      if (id) clearSessionCookie(c);
      return c.redirect(`${DASHBOARD_PATH}/inloggen`, 303);
    }
    c.set('session', session);
    c.set('user', user);
    await next();
  });
}
