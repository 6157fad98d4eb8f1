import { Hono, type MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { KantlijnDatabase } from './db/database';
import type { AppEnv } from './http/app-env';
import { requireUser } from './http/authenticate';
import { limitBody } from './http/body-limit';
import { errorResponse, handleError, handleNotFound } from './http/error-handler';
import { extensionCors, UNPACKED_EXTENSION_ID } from './http/extension-cors';
import { clientAddressOf } from './http/client-address';
import { noStore } from './http/no-store';
import { W3C_EXPOSED_HEADERS } from './http/w3c-headers';
import { createSignInGuard, rateLimit } from './http/rate-limit';
import { createAnchorStatesRoutes } from './routes/anchor-states-routes';
import { createAnnotationContainerRoutes, createAnnotationsRoutes } from './routes/annotations-routes';
import { createAuditRoutes } from './routes/audit-routes';
import { createDigestRoutes } from './routes/digest-routes';
import { createDocumentsRoutes } from './routes/documents-routes';
import { registeredDocumentAt } from './services/document-addresses';
import { normaliseSource } from '../shared/urls/normalise-source';
import { createDashboardRoutes } from './dashboard/dashboard-routes';
import { createEventsRoutes } from './routes/events-routes';
import { createInvitePageRoutes } from './routes/invite-page-routes';
import { createInvitesRoutes } from './routes/invites-routes';
import { createMeRoutes } from './routes/me-routes';
import { createNotificationsRoutes } from './routes/notifications-routes';
import { createRedeemRoutes } from './routes/redeem-routes';
import { createRoundsRoutes } from './routes/rounds-routes';
import { createTaxonomyRoutes } from './routes/taxonomy-routes';
import { createUnsubscribeRoutes } from './routes/unsubscribe-routes';
import { createUsersRoutes } from './routes/users-routes';
import { UNSUBSCRIBE_PATH } from './services/mail/mail-sender';
import { checkReaderSession } from './http/reader-session';
import { createReaderRoutes, readerTextsOf } from './reader/reader-routes';
import { createDocumentOpener, createPdfBytesHandler } from './reader/open-document';
import { createReaderAssetRoutes, loadReaderBuild } from './reader/reader-assets';
import type { ReaderHost } from './reader/reader-hosts';
import type { Resolver } from './reader/fetch-types';
import { createSafeFetcher, type IsRegisteredUrl } from './reader/safe-fetch';
import { READER_ASSETS_PATH, READER_PATH } from './routes/reader-paths';
import type { EventBus } from './services/event-bus';
import { INVITE_PAGE_PATH } from './services/invites-service';
import { createServiceContext, type ServiceContext } from './services/service-context';

/** Largest request body accepted (the contract allows at most 1 MiB). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** What the app needs from outside; tests pass their own. */
export interface AppDeps {
  db: KantlijnDatabase;
  /** Requests per minute per token; 0 turns limiting off. */
  rateLimitPerMinute: number;
  clock?: () => Date;
  events?: EventBus;
  /** A context made beforehand, when the caller writes through the same services (the demo). */
  context?: ServiceContext;
  /** Reverse proxies in front of the server whose `X-Forwarded-For` is trusted (0 when not set). */
  trustedProxies?: number;
  /** The configured `PUBLIC_URL` (an origin): invitation links are made from it when set. */
  publicUrl?: string;
  /** Chrome/Edge extension ids that get CORS answers (the unpacked build's fixed id when not set). */
  extensionIds?: readonly string[];
  /** True when the server sends notification mail (`SMTP_URL` is set). */
  mailAvailable?: boolean;
  /** The reader in the browser (`/lezen`): where it may fetch from, and where its build is. */
  reader?: ReaderDeps;
}

/** What the reader needs from outside. */
export interface ReaderDeps {
  /** `READER_HOSTS`. */
  hosts?: readonly ReaderHost[];
  /** Whether a URL belongs to a registered document (by default: a document of a round lists it). */
  isRegisteredUrl?: IsRegisteredUrl;
  /** The resolver the fetcher asks (the system's when not set; tests pass their own). */
  resolve?: Resolver;
  /** Where the reader's build lies (`.output/reader` when not set). */
  buildDir?: string;
}

/** Builds the Hono app: security headers, CORS for the extension, limits, auth, then the routers. */
export function createApp(deps: AppDeps) {
  const context = deps.context ?? createServiceContext(deps);
  const addressOf = clientAddressOf(deps.trustedProxies ?? 0);
  const signInGuard = createSignInGuard(deps.rateLimitPerMinute > 0, addressOf);

  const signedIn = new Hono<AppEnv>()
    .use('*', requireUser(deps.db, signInGuard, (c) => checkReaderSession(context, c, deps.publicUrl)))
    .route('/me', createMeRoutes(context, deps.mailAvailable ?? false, deps.publicUrl))
    .route('/taxonomy', createTaxonomyRoutes(context, deps.publicUrl))
    // The W3C container's IRI ends with a slash; the path without it is the older contract.
    .route('/annotations/', createAnnotationContainerRoutes(context, deps.publicUrl))
    .route('/annotations', createAnnotationsRoutes(context, deps.publicUrl))
    .route('/documents', createDocumentsRoutes(context))
    .route('/anchor-states', createAnchorStatesRoutes(context))
    .route('/rounds', createRoundsRoutes(context))
    .route('/invites', createInvitesRoutes(context, deps.publicUrl))
    .route('/users', createUsersRoutes(context))
    .route('/audit', createAuditRoutes(context))
    .route('/events', createEventsRoutes(context, deps.publicUrl))
    .route('/notifications', createNotificationsRoutes(context, deps.publicUrl))
    .route('/digest', createDigestRoutes(context));

  const api = new Hono<AppEnv>()
    .get('/health', (c) => c.json({ status: 'ok' }, 200))
    .use('*', rateLimit(deps.rateLimitPerMinute, addressOf))
    .route('/invites', createRedeemRoutes(context))
    .route('/', signedIn);

  const app = new Hono<AppEnv>();
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin' }));
  app.use(
    '/api/*',
    extensionCors({
      extensionIds: deps.extensionIds ?? [UNPACKED_EXTENSION_ID],
      allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Prefer', 'Slug', 'Accept'],
      allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      exposeHeaders: ['ETag', 'Location', 'Retry-After', ...W3C_EXPOSED_HEADERS],
      maxAgeSeconds: 600,
    }),
  );
  app.use('/api/*', noStore());
  const bodyWithinLimit = limitBody(MAX_BODY_BYTES, (c) => errorResponse(c, 413, 'body_too_large', 'Het verzoek is groter dan 1 MiB.'));
  // Only requests that carry a body are measured: looking for a body on a GET makes the Node adapter
  // build a full Request object, which costs every read (the most common request) for nothing.
  const limitBodyOfWrites: MiddlewareHandler<AppEnv> = (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS' ? next() : bodyWithinLimit(c, next);
  app.use('/api/*', limitBodyOfWrites);
  app.route('/api', api);
  app.route(INVITE_PAGE_PATH, createInvitePageRoutes(context, deps.publicUrl));
  app.route(UNSUBSCRIBE_PATH, createUnsubscribeRoutes(context));
  app.route('/dashboard', createDashboardRoutes(context, signInGuard, deps.publicUrl));
  const fetcher = createSafeFetcher({
    readerHosts: deps.reader?.hosts ?? [],
    // A URL is registered when a document of a round lists it (normalised as annotation sources are).
    isRegisteredUrl: deps.reader?.isRegisteredUrl ?? ((url) => registeredDocumentAt(context, [normaliseSource(url)]) !== null),
    ...(deps.reader?.resolve ? { resolve: deps.reader.resolve } : {}),
  });
  // Read when first needed, so a server started before `npm run build` finished still finds it.
  let readerBuild: ReturnType<typeof loadReaderBuild> = null;
  const buildOfReader = () => (readerBuild ??= loadReaderBuild(deps.reader?.buildDir));
  app.route(READER_ASSETS_PATH, createReaderAssetRoutes(deps.reader?.buildDir));
  app.route(
    READER_PATH,
    createReaderRoutes(context, {
      publicUrl: deps.publicUrl,
      openDocument: createDocumentOpener({ fetcher, build: buildOfReader, textsOf: readerTextsOf }),
      pdfBytes: createPdfBytesHandler(fetcher),
    }),
  );
  app.get('/', (c) => c.redirect('/dashboard', 302));
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}

