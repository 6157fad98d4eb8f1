import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { createApp } from './app';
import type { Config } from './config';
import { openDatabase, type KantlijnDatabase } from './db/database';
import { bootstrap, type BootstrapResult } from './services/bootstrap';
import { createEventBus, type EventBus } from './services/event-bus';
import { createMailSender, type MailSender } from './services/mail/mail-sender';
import { createSmtpTransport } from './services/mail/mail-transport';
import { createServiceContext, type ServiceContext } from './services/service-context';

/** The sender of notification mail when `MAIL_FROM` is not set. */
const DEFAULT_MAIL_FROM = 'Kantlijn <kantlijn@localhost>';
/** The first wait after a failed mail when `MAIL_RETRY_SECONDS` is not set. */
const DEFAULT_MAIL_RETRY_SECONDS = 60;

/** A running server. */
export interface RunningServer {
  url: string;
  db: KantlijnDatabase;
  /** The services' context of this server: writes through it reach live watchers. */
  context: ServiceContext;
  bootstrap: BootstrapResult;
  /** The mail outbox's worker, when `SMTP_URL` is set. */
  mail: MailSender | null;
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
  const app = createApp({ db, context, rateLimitPerMinute: config.RATE_LIMIT, trustedProxies: config.TRUST_PROXY ?? 0, ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}), ...(config.EXTENSION_IDS ? { extensionIds: config.EXTENSION_IDS } : {}), mailAvailable: config.SMTP_URL !== undefined, reader: { hosts: config.READER_HOSTS ?? [] } });
  return new Promise((resolve) => {
    const server: ServerType = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      const url = `http://${host}:${info.port}`;
      const mail = config.SMTP_URL
        ? createMailSender(context, {
            transport: createSmtpTransport(config.SMTP_URL),
            from: config.MAIL_FROM ?? DEFAULT_MAIL_FROM,
            baseUrl: config.PUBLIC_URL ?? url,
            retryBaseMs: (config.MAIL_RETRY_SECONDS ?? DEFAULT_MAIL_RETRY_SECONDS) * 1000,
          })
        : null;
      mail?.start();
      resolve({
        url,
        db,
        context,
        bootstrap: bootstrapResult,
        mail,
        // The mail worker and the digest worker stop first; the database closes whatever that gives.
        close: () =>
          closeServer(server, events, () =>
            Promise.resolve(mail?.stop())
              .then(() => context.digests?.close())
              .catch(() => undefined)
              .finally(() => db.close()),
          ),
      });
    });
  });
}
