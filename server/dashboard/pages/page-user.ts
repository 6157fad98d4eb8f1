import type { Context } from 'hono';
import type { DashboardEnv } from '../dashboard-env';
import type { PageUser } from './layout';

/** The signed-in user and CSRF token every page header needs. */
export function pageUser(c: Context<DashboardEnv>): PageUser {
  return { user: c.get('user'), csrfToken: c.get('session').csrfToken };
}
