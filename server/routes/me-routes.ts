import { Hono } from 'hono';
import type { Me } from '../../shared/schemas/roles';
import type { AppEnv } from '../http/app-env';
import { publicOrigin } from '../http/public-origin';
import { deleteAccount, exportAccount } from '../services/account-service';
import type { ServiceContext } from '../services/service-context';
import { signOut } from '../services/users-service';

/** `/api/me`: who the token belongs to, their data export, sign-out and account deletion. */
export function createMeRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { id, name, role, organisation } = c.get('user');
      const me: Me = { id, name, role, organisation };
      return c.json(me, 200);
    })
    .get('/export', (c) => {
      const user = c.get('user');
      c.header('Content-Disposition', `attachment; filename="kantlijn-export-${context.now().toISOString().slice(0, 10)}.json"`);
      return c.json(exportAccount(context, user, publicOrigin(c, publicUrl)), 200);
    })
    .post('/sign-out', (c) => {
      signOut(context, c.get('tokenHash'));
      return c.body(null, 204);
    })
    .delete('/', (c) => c.json(deleteAccount(context, c.get('user')), 200));
}
