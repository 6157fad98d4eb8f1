import type { User } from '../db/users-repository';
import type { DashboardSession } from './session/session-store';

/** What the dashboard's middleware puts on the Hono context for its pages. */
export interface DashboardEnv {
  Variables: {
    session: DashboardSession;
    user: User;
  };
}
