import { Hono } from 'hono';
import type { Me } from '../../shared/schemas/roles';
import type { AppEnv } from '../http/app-env';

/** `/api/me`: who the token belongs to. */
export function createMeRoutes() {
  return new Hono<AppEnv>().get('/', (c) => {
    const { id, name, role, organisation } = c.get('user');
    const me: Me = { id, name, role, organisation };
    return c.json(me, 200);
  });
}
