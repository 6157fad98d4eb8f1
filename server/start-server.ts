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

/** After this long, connections still open at a stop are cut rather than waited for. */
const CLOSE_GRACE_MS = 3_000;

/** `closeIdleConnections`/`closeAllConnections` of an HTTP/1 server; absent on HTTP/2 ones. */
function connectionsOf(server: ServerType): { closeIdleConnections(): void; closeAllConnections(): void } | null {
  return 'closeAllConnections' in server && 'closeIdleConnections' in server ? server : null;
}

/**
 * Stops listening and resolves once every connection is gone and `release` (digest worker,
 * database) is done. Live streams are ended first, since they never end by themselves; kept-alive
 * connections are closed as soon as they are idle, and whatever is still open after a few seconds
 * is cut, so a stop never hangs on a client.
 */
function closeServer(server: ServerType, events: EventBus, release: () => Promise<void>): Promise<void> {
  return new Promise<void>((done) => {
    const connections = connectionsOf(server);
    const idle = setInterval(() => connections?.closeIdleConnections(), 100);
    const cut = setTimeout(() => connections?.closeAllConnections(), CLOSE_GRACE_MS);
    server.close(() => {
      clearInterval(idle);
      clearTimeout(cut);
      void release().finally(done);
    });
    events.streams.endAll();
    connections?.closeIdleConnections();
  });
}

/** Opens the database, prepares it, and listens; resolves once the port is bound. */
export function startServer(
  config: Config,
  events: EventBus = createEventBus(config.EVENT_STREAMS_MAX !== undefined ? { maxStreams: config.EVENT_STREAMS_MAX } : {}),
): Promise<RunningServer> {
  const db = openDatabase(config.dataDir, config.DB_MAX_MB ? { maxMegabytes: config.DB_MAX_MB } : {});
  const bootstrapResult = bootstrap(db, new Date());
  const context = createServiceContext({ db, events, ...(config.PAGE_CACHE_MB !== undefined ? { pageCacheBytes: config.PAGE_CACHE_MB * 1024 * 1024 } : {}) });
  const app = createApp({ db, context, rateLimitPerMinute: config.RATE_LIMIT, trustedProxies: config.TRUST_PROXY ?? 0, ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}), ...(config.EXTENSION_IDS ? { extensionIds: config.EXTENSION_IDS } : {}), reader: { hosts: config.READER_HOSTS ?? [] } });
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      resolve({
        url: `http://${host}:${info.port}`,
        db,
        context,
        bootstrap: bootstrapResult,
        // The digest worker stops first; the database closes whatever that gives.
        close: () => closeServer(server, events, () => Promise.resolve(context.digests?.close()).catch(() => undefined).finally(() => db.close())),
      });
    });
  });
}
