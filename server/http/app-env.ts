import type { User } from '../db/users-repository';

/** Hono's typing of what middleware puts on the context. */
export interface AppEnv {
  Variables: {
    user: User;
  };
}
