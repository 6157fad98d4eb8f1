import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { requireRole } from '../http/require-role';
import type { ServiceContext } from '../services/service-context';

/** `/api/users` (secretariat): the people with access, and revoking someone's tokens. */
export function createUsersRoutes(context: ServiceContext) {
  return new Hono<AppEnv>()
    .use('*', requireRole('secretariat'))
    .get('/', (c) => c.json({ items: context.db.users.all() }, 200))
    .delete('/:id/tokens', (c) => {
      const target = context.db.users.findById(c.req.param('id'));
      if (!target) throw new ApiFailure(404, 'not_found', 'Deze gebruiker bestaat niet.');
      const at = context.now().toISOString();
      const revoked = context.db.transaction(() => {
        const count = context.db.users.revokeAllTokens(target.id, at);
        context.db.audit.record({ at, actorId: c.get('user').id, action: 'user.revoke-tokens', subject: target.id, detail: { count } });
        return count;
      });
      return c.json({ revoked }, 200);
    });
}
