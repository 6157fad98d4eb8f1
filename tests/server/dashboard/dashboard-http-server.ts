import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp } from '../../../server/app';
import { createDashboardRoutes } from '../../../server/dashboard/dashboard-routes';
import { openDatabase, type KantlijnDatabase } from '../../../server/db/database';
import { bootstrap } from '../../../server/services/bootstrap';
import { createEventBus } from '../../../server/services/event-bus';
import type { ServiceContext } from '../../../server/services/service-context';
import { createTempDir } from '../../helpers/temp-dir';

/** The API and the dashboard behind a real HTTP server on a free loopback port. */
export interface DashboardHttpServer {
  url: string;
  db: KantlijnDatabase;
  close(): Promise<void>;
}

/**
 * Starts the server as `server/start-server.ts` does, with the dashboard mounted at /dashboard as
 * `server/app.ts` will mount it (the dashboard first, then the API and its 404).
 */
export async function startDashboardHttpServer(): Promise<DashboardHttpServer> {
  const temp = createTempDir('kantlijn-dashboard-e2e-');
  const db = openDatabase(temp.dir);
  bootstrap(db, new Date());
  const context: ServiceContext = { db, events: createEventBus(), now: () => new Date() };
  const app = new Hono().route('/dashboard', createDashboardRoutes(context)).route('/', createApp({ db, rateLimitPerMinute: 0, events: context.events }));
  const { server, port } = await new Promise<{ server: ServerType; port: number }>((resolve) => {
    const started: ServerType = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ server: started, port: info.port }));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    db,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => {
          db.close();
          temp.remove();
          done();
        });
      }),
  };
}
