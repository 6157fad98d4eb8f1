import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { ApiFailure } from '../http/api-failure';
import { requireRole } from '../http/require-role';
import type { ServiceContext } from '../services/service-context';
import { revokeAllTokens } from '../services/users-service';

/** `/api/users` (secretariat): the people with access, and revoking someone's tokens. */
export function createUsersRoutes(context: ServiceContext) {
  return new Hono<AppEnv>()
    .use('*', requireRole('secretariat'))
    .get('/', (c) => c.json({ items: context.db.users.all() }, 200))
    .delete('/:id/tokens', (c) => {
      const outcome = revokeAllTokens(context, c.get('user'), c.req.param('id'));
      if (!outcome) throw new ApiFailure(404, 'not_found', 'Deze gebruiker bestaat niet.');
      return c.json({ revoked: outcome.revoked }, 200);
    });
}
