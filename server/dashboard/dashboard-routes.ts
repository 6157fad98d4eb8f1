import { Hono } from 'hono';
import { trimTrailingSlash } from 'hono/trailing-slash';
import { ApiFailure } from '../http/api-failure';
import { limitBody } from '../http/body-limit';
import type { SignInGuard } from '../http/rate-limit';
import type { ServiceContext } from '../services/service-context';
import { createAdminRoutes } from './admin-routes';
import { createSignInRoutes } from './auth-routes';
import { requireCsrf } from './csrf';
import type { DashboardEnv } from './dashboard-env';
import { renderErrorPage } from './error-page';
import { createOversightRoutes } from './oversight-routes';
import { createReportRoutes } from './report-routes';
import { requireSession } from './require-session';
import { dashboardHeaders } from './security-headers';
import { clearSessionCookie, DASHBOARD_PATH } from './session-cookie';
import { createSessionStore } from './session-store';
import { createStaticRoutes } from './static-routes';

/** Forms are small; anything bigger is not a dashboard form. */
const MAX_FORM_BYTES = 64 * 1024;

/**
 * The secretariat's dashboard, to be mounted at `/dashboard`: server-rendered pages behind a
 * session made by pasting a secretariat API token. Sessions live in memory in this router (see
 * `session-store.ts`), so each call makes an independent dashboard with its own sessions.
 */
export function createDashboardRoutes(context: ServiceContext, signInGuard?: SignInGuard): Hono {
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
    .route('/', createAdminRoutes(context))
    .route('/', createOversightRoutes(context))
    .all('*', (c) => renderErrorPage(c, 404, 'Pagina niet gevonden', 'Deze pagina bestaat niet in het dashboard.'));

  const dashboard = new Hono();
  dashboard.use('*', dashboardHeaders());
  // "/dashboard/" (as people type it) answers 404 inside, and is then redirected to "/dashboard".
  dashboard.use('*', trimTrailingSlash());
  dashboard.use('*', limitBody(MAX_FORM_BYTES, (c) => renderErrorPage(c, 413, 'Te groot', 'Wat u verstuurde is groter dan een formulier kan zijn.')));
  // Public parts first: a handler that answers ends the chain before the session check below.
  dashboard.route('/static', createStaticRoutes());
  dashboard.route('/inloggen', createSignInRoutes(context, store, signInGuard));
  dashboard.route('/', signedIn);
  dashboard.onError((error, c) => {
    if (error instanceof ApiFailure) return renderErrorPage(c, error.status, 'Dat lukte niet', error.message);
    console.error('Onverwachte fout in het dashboard', error);
    return renderErrorPage(c, 500, 'Er ging iets mis', 'Er ging iets mis op de server. Probeer het later opnieuw.');
  });
  return dashboard;
}
