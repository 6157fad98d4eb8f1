/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import { ApiFailure } from '../http/api-failure';
import { renderDigest } from '../services/digest/render-digest';
import type { Digest } from '../services/digest/digest-model';
import { makeDigest } from '../services/digest-service';
import type { ServiceContext } from '../services/service-context';
import type { DashboardEnv } from './dashboard-env';
import { DigestPage } from './digest-page';
import { readScope, toDigestQuery, type DashboardScope } from './digest-scope';
import { createDownloadHandler } from './download-route';
import { MatrixPage } from './matrix-page';
import { loadOverview } from './overview-data';
import { OverviewPage } from './overview-page';
import { pageUser } from './page-user';
import { renderPage } from './render-page';
import { dashboardNl } from './texts/dashboard-texts';
import { cspAllowingStyles, headStyles } from './security-headers';

/**
 * The scope of a page from its query. An unknown round is reported and dropped, so the page
 * shows everything instead of failing.
 */
function scopeOf(c: Context<DashboardEnv>, context: ServiceContext): { scope: DashboardScope; errors: string[] } {
  const { scope, errors } = readScope(c.req.query());
  if (scope.roundId && !context.db.rounds.findById(scope.roundId)) {
    errors.push(dashboardNl.report.scope.unknownRound);
    scope.roundId = null;
  }
  return { scope, errors };
}

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
      return renderPage(c, <MatrixPage signedIn={pageUser(c)} digest={digest} rounds={context.db.rounds.all()} scope={scope} errors={errors} />);
    })
    .get('/overzicht', async (c) => {
      const { scope, errors } = scopeOf(c, context);
      const pseudonymised = c.req.query('pseudoniem') === '1';
      const digest = digestOf(context, scope, pseudonymised, errors);
      const rendered = digest ? await renderDigest(digest, 'html') : null;
      const previewHtml = rendered ? (typeof rendered.body === 'string' ? rendered.body : rendered.body.toString('utf8')) : null;
      if (previewHtml) c.header('Content-Security-Policy', cspAllowingStyles(headStyles(previewHtml)));
      return renderPage(
        c,
        <DigestPage
          signedIn={pageUser(c)}
          rounds={context.db.rounds.all()}
          scope={scope}
          errors={errors}
          previewHtml={previewHtml}
          pseudonymisedPreview={pseudonymised}
        />,
      );
    })
    .get('/download', createDownloadHandler(context));
}
