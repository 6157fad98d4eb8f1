import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { Config } from './config';
import { openDatabase, type KantlijnDatabase } from './db/database';
import { bootstrap, type BootstrapResult } from './services/bootstrap';
import { createEventBus, type EventBus } from './services/event-bus';
import { createServiceContext, type ServiceContext } from './services/service-context';

/** A running server. */
export interface RunningServer {
  url: string;
  db: KantlijnDatabase;
  /** The services' context of this server: writes through it reach live watchers. */
  context: ServiceContext;
  bootstrap: BootstrapResult;
  close(): Promise<void>;
}

/** Opens the database, prepares it, and listens; resolves once the port is bound. */
export function startServer(config: Config, events: EventBus = createEventBus()): Promise<RunningServer> {
  const db = openDatabase(config.dataDir, config.DB_MAX_MB ? { maxMegabytes: config.DB_MAX_MB } : {});
  const bootstrapResult = bootstrap(db, new Date());
  const context = createServiceContext({ db, events, ...(config.PAGE_CACHE_MB !== undefined ? { pageCacheBytes: config.PAGE_CACHE_MB * 1024 * 1024 } : {}) });
  const app = createApp({ db, context, rateLimitPerMinute: config.RATE_LIMIT, trustedProxies: config.TRUST_PROXY ?? 0, ...(config.EXTENSION_IDS ? { extensionIds: config.EXTENSION_IDS } : {}) });
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        db,
        context,
        bootstrap: bootstrapResult,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              // The digest worker stops first; the database closes whatever that gives.
              void Promise.resolve(context.digests?.close())
                .catch(() => undefined)
                .finally(() => {
                  db.close();
                  done();
                });
            });
          }),
      });
    });
  });
}
