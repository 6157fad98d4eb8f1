import { Hono } from 'hono';
import type { AppEnv } from '../http/app-env';
import { requireRole } from '../http/require-role';
import { readJsonBody } from '../http/validate';
import { publicOrigin } from '../http/public-origin';
import { createInvite, invitationLink, inviteInputSchema } from '../services/invites-service';
import type { ServiceContext } from '../services/service-context';

/**
 * `/api/invites` (signed in): the secretariat makes invites and sees recent ones. Links start
 * with `publicUrl` when it is configured.
 */
export function createInvitesRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono<AppEnv>()
    .use('*', requireRole('secretariat'))
    .post('/', async (c) => {
      const invite = createInvite(context, c.get('user'), await readJsonBody(c, inviteInputSchema));
      return c.json({ ...invite, link: invitationLink(publicOrigin(c, publicUrl), invite.code) }, 201);
    })
    .get('/', (c) =>
      c.json(
        {
          items: context.db.invites.recent(200).map((invite) => ({
            role: invite.role,
            organisation: invite.organisation,
            name: invite.name,
            createdAt: invite.createdAt,
            expiresAt: invite.expiresAt,
            redeemed: invite.redeemedAt !== null,
          })),
        },
        200,
      ),
    );
}
