import { Hono } from 'hono';
import type { Me } from '../../shared/schemas/roles';
import { readOptionalJsonBody } from '../http/validate';
import { redeemInputSchema, redeemInvite } from '../services/invites-service';
import type { ServiceContext } from '../services/service-context';

/** `POST /api/invites/{code}/redeem`: no token needed; the invite code is the credential. */
export function createRedeemRoutes(context: ServiceContext) {
  return new Hono().post('/:code/redeem', async (c) => {
    const input = await readOptionalJsonBody(c, redeemInputSchema);
    const { user, token } = redeemInvite(context, c.req.param('code'), input);
    const me: Me = { id: user.id, name: user.name, role: user.role, organisation: user.organisation };
    return c.json({ token, user: me }, 201);
  });
}
