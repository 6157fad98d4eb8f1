import { Hono } from 'hono';
import { notificationSettingsSchema } from '../../shared/schemas/notification';
import type { Me } from '../../shared/schemas/roles';
import type { AppEnv } from '../http/app-env';
import { publicOrigin } from '../http/public-origin';
import { readJsonBody } from '../http/validate';
import { notificationSettingsOf, saveNotificationSettings } from '../services/notification-settings-service';
import { deleteAccount, exportAccount } from '../services/account-service';
import type { ServiceContext } from '../services/service-context';
import { signOut } from '../services/users-service';

/**
 * `/api/me`: who the token belongs to, their notification settings, their data export, sign-out
 * and account deletion. `mailAvailable` says whether this server sends mail (`SMTP_URL`); `publicUrl` is what
 * the export's IRIs are made from when set.
 */
export function createMeRoutes(context: ServiceContext, mailAvailable = false, publicUrl?: string) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const { id, name, role, organisation } = c.get('user');
      const me: Me = { id, name, role, organisation };
      return c.json(me, 200);
    })
    .get('/notification-settings', (c) => c.json(notificationSettingsOf(context, c.get('user'), mailAvailable), 200))
    .put('/notification-settings', async (c) => {
      const input = await readJsonBody(c, notificationSettingsSchema);
      return c.json(saveNotificationSettings(context, c.get('user'), input, mailAvailable), 200);
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
