import { createMiddleware } from 'hono/factory';
import type { Role } from '../../shared/schemas/roles';
import { ApiFailure } from './api-failure';
import type { AppEnv } from './app-env';

/** Lets only users with one of `roles` through (after `requireUser`); others get 403. */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get('user').role)) {
      throw new ApiFailure(403, 'forbidden', 'Uw rol mag dit niet.');
    }
    await next();
  });
}
