import type { User } from '../db/users-repository';

/** Hono's typing of what middleware puts on the context. */
export interface AppEnv {
  Variables: {
    user: User;
    /** Hash of the bearer token of this request, so "sign out" can revoke exactly it. */
    tokenHash: string;
  };
}
