/** @jsxImportSource hono/jsx */
import { Hono } from 'hono';
import { ApiFailure } from '../../http/api-failure';
import type { Digest } from '../../services/digest/model/digest-model';
import { makeDigest } from '../../services/digest-service';
import type { ServiceContext } from '../../services/service-context';
import type { DashboardEnv } from '../dashboard-env';
import { toDigestQuery, type DashboardScope } from '../model/digest-scope';
import { createDownloadHandler } from './download-route';
import { createScrubNamesHandler, scopeOf, showDigestPage } from './digest-page-handlers';
import { MatrixPage } from '../pages/matrix-page';
import { loadOverview } from '../model/overview-data';
import { OverviewPage } from '../pages/overview-page';
import { pageUser } from '../pages/page-user';
import { renderPage } from '../pages/render-page';
import { documentsWithAddresses } from '../model/document-addresses-of';
import { documentCoverage } from '../model/document-coverage';
import { dashboardNl } from '../texts/dashboard-texts';

/** Builds the digest of a scope; a service failure becomes a Dutch message instead of a crash. */
function digestOf(context: ServiceContext, scope: DashboardScope, pseudonymise: boolean, errors: string[]): Digest | null {
  try {
    return makeDigest(context, toDigestQuery(scope, 'html', pseudonymise));
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    errors.push(error.message);
    return null;
  }
}

/** The overview, the coverage matrix, the digest preview and the downloads. */
export function createReportRoutes(context: ServiceContext): Hono<DashboardEnv> {
  return new Hono<DashboardEnv>()
    .get('/', (c) => {
      const { scope, errors } = scopeOf(c, context);
      return renderPage(c, <OverviewPage signedIn={pageUser(c)} overview={loadOverview(context, scope)} scope={scope} errors={errors} />);
    })
    .get('/matrix', (c) => {
      const { scope, errors } = scopeOf(c, context);
      const digest = digestOf(context, scope, false, errors) ?? makeDigest(context, toDigestQuery({ roundId: null, from: null, to: null }, 'html', false));
      const perDocument = documentCoverage(
        documentsWithAddresses(context, context.db.documents.all(scope.roundId)),
        digest.remarks,
        digest.matrix.roles,
        dashboardNl.documents.coverage.elsewhere,
      );
      return renderPage(c, <MatrixPage signedIn={pageUser(c)} digest={digest} perDocument={perDocument} rounds={context.db.rounds.all()} scope={scope} errors={errors} />);
    })
    .get('/overzicht', (c) => showDigestPage(c, context))
    .post('/overzicht/namen', createScrubNamesHandler(context))
    .get('/download', createDownloadHandler(context));
}
