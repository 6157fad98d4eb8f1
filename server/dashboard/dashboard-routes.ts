import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { trimTrailingSlash } from 'hono/trailing-slash';
import { ApiFailure } from '../http/api-failure';
import { limitBody } from '../http/body-limit';
import type { SignInGuard } from '../http/rate-limit';
import type { ServiceContext } from '../services/service-context';
import { createAdminRoutes } from './routes/admin-routes';
import { createSignInRoutes } from './routes/auth-routes';
import { requireCsrf } from './session/csrf';
import type { DashboardEnv } from './dashboard-env';
import { renderErrorPage } from './pages/error-page';
import { createOversightRoutes } from './routes/oversight-routes';
import { createReportRoutes } from './routes/report-routes';
import { createSearchRoutes } from './routes/search-routes';
import { requireSession } from './session/require-session';
import { dashboardHeaders } from './session/security-headers';
import { clearSessionCookie, DASHBOARD_PATH } from './session/session-cookie';
import { createSessionStore } from './session/session-store';
import { createStaticRoutes } from './routes/static-routes';
import { createDocumentsDashboardRoutes } from './routes/documents-dashboard-routes';
import { createImportRoutes } from './routes/import-routes';
import { MAX_IMPORT_BYTES } from '../services/import/read-import-file';
import { dashboardNl } from './texts/dashboard-texts';

const errors = dashboardNl.layout.errors;

/** Forms are small; anything bigger is not a dashboard form. */
const MAX_FORM_BYTES = 64 * 1024;
/** The one form that carries a file of annotations: the file's own cap, with room for the form around it. */
const IMPORT_FORM_PATH = `${DASHBOARD_PATH}/importeren`;
const MAX_IMPORT_FORM_BYTES = MAX_IMPORT_BYTES + 16 * 1024;

/**
 * The secretariat's dashboard, to be mounted at `/dashboard`: server-rendered pages behind a
 * session made by pasting a secretariat API token. Sessions live in memory in this router (see
 * `session-store.ts`), so each call makes an independent dashboard with its own sessions.
 * Invitation links start with `publicUrl` when it is set (see `publicOrigin`).
 */
export function createDashboardRoutes(context: ServiceContext, signInGuard?: SignInGuard, publicUrl?: string): Hono {
  const store = createSessionStore(context.now);

  const signedIn = new Hono<DashboardEnv>()
    .use('*', requireSession(context, store))
    .use('*', requireCsrf())
    .post('/uitloggen', (c) => {
      store.destroy(c.get('session').id);
      clearSessionCookie(c);
      return c.redirect(`${DASHBOARD_PATH}/inloggen?uitgelogd=1`, 303);
    })
    .route('/', createReportRoutes(context))
    .route('/', createAdminRoutes(context, publicUrl))
    .route('/', createDocumentsDashboardRoutes(context))
    .route('/', createImportRoutes(context))
    .route('/', createOversightRoutes(context))
    .route('/', createSearchRoutes(context))
    .all('*', (c) => renderErrorPage(c, 404, errors.notFoundTitle, errors.notFound));

  const dashboard = new Hono();
  dashboard.use('*', dashboardHeaders());
  // "/dashboard/" (as people type it) answers 404 inside, and is then redirected to "/dashboard".
  dashboard.use('*', trimTrailingSlash());
  const tooLarge = (c: Context) => renderErrorPage(c, 413, errors.tooLargeTitle, errors.tooLarge);
  const formLimit = limitBody(MAX_FORM_BYTES, tooLarge);
  const importLimit = limitBody(MAX_IMPORT_FORM_BYTES, tooLarge);
  const sizeLimit: MiddlewareHandler = (c, next) => (c.req.path === IMPORT_FORM_PATH ? importLimit : formLimit)(c, next);
  dashboard.use('*', sizeLimit);
  // Public parts first: a handler that answers ends the chain before the session check below.
  dashboard.route('/static', createStaticRoutes());
  dashboard.route('/inloggen', createSignInRoutes(context, store, signInGuard));
  dashboard.route('/', signedIn);
  dashboard.onError((error, c) => {
    if (error instanceof ApiFailure) return renderErrorPage(c, error.status, errors.failedTitle, error.message);
    console.error('Onverwachte fout in het dashboard', error);
    return renderErrorPage(c, 500, errors.unexpectedTitle, errors.unexpected);
  });
  return dashboard;
}
