import type { Config } from '../../server/config';
import { startServer, type RunningServer } from '../../server/start-server';
import { createUserWithToken, type NewUser } from '../../server/services/users-service';
import { createTempDir } from './temp-dir';

/** The real server, in this process, listening on a free loopback port with a temporary database. */
export interface HttpTestServer {
  url: string;
  server: RunningServer;
  addUser(user: NewUser): string;
  fetch(path: string, init?: RequestInit & { token?: string; json?: unknown }): Promise<Response>;
  close(): Promise<void>;
}

/** Starts the server as `npm run server` does, but in-process so tests can add users directly. */
export async function startHttpTestServer(rateLimit = 0, settings: Partial<Config> = {}): Promise<HttpTestServer> {
  const temp = createTempDir();
  const server = await startServer({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: temp.dir, dataDir: temp.dir, RATE_LIMIT: rateLimit, ...settings });
  return {
    url: server.url,
    server,
    addUser: (user) => createUserWithToken(server.db, user, new Date()).token,
    fetch(path, init = {}) {
      const { token, json, headers, ...rest } = init;
      const merged = new Headers(headers);
      if (token) merged.set('Authorization', `Bearer ${token}`);
      if (json !== undefined) merged.set('Content-Type', 'application/json');
      return fetch(/^https?:/.test(path) ? path : `${server.url}${path}`, { ...rest, headers: merged, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
    },
    async close() {
      await server.close();
      temp.remove();
    },
  };
}
