import { Hono } from 'hono';
import { z } from 'zod';
import { markReadInputSchema } from '../../shared/schemas/notification';
import type { AppEnv } from '../http/app-env';
import { readOptionalJsonBody, readQuery } from '../http/validate';
import { listNotifications, markNotificationsRead, MAX_NOTIFICATIONS_PAGE } from '../services/notifications-service';
import type { ServiceContext } from '../services/service-context';
import { publicOrigin } from '../http/public-origin';

const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(MAX_NOTIFICATIONS_PAGE).default(50),
  /** Paging: the items after (older than) this notification id. */
  before: z.string().min(1).max(200).optional(),
});

/** `/api/notifications`: what is new for the caller ("Nieuw voor u"), and marking it read. */
export function createNotificationsRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono<AppEnv>()
    .get('/', (c) => {
      const query = readQuery(c, listQuerySchema);
      return c.json(listNotifications(context, c.get('user'), query, publicOrigin(c, publicUrl)), 200);
    })
    .post('/read', async (c) => {
      const { upTo } = await readOptionalJsonBody(c, markReadInputSchema);
      return c.json({ unread: markNotificationsRead(context, c.get('user'), upTo) }, 200);
    });
}
