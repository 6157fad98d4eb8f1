/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiFailure } from '../../http/api-failure';
import { renderDigest } from '../../services/digest/render/render-digest';
import type { ReplacedName } from '../../services/digest/pseudonymise/name-scrubber';
import type { Digest } from '../../services/digest/model/digest-model';
import { makeDigestPreview } from '../../services/digest-service';
import { namesFromLines, replaceScrubNames, scrubNamesInputSchema } from '../../services/scrub-names-service';
import type { ServiceContext } from '../../services/service-context';
import type { DashboardEnv } from '../dashboard-env';
import { DigestPage } from '../pages/digest-page';
import { readScope, toDigestQuery, withScope, type DashboardScope } from '../model/digest-scope';
import { readForm } from './form-input';
import { pageUser } from '../pages/page-user';
import { renderPage } from '../pages/render-page';
import type { ScrubNamesForm } from '../pages/scrub-names-section';
import { cspAllowingStyles, headStyles } from '../session/security-headers';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

/** The scope of a page from its query; an unknown round is reported and dropped, so the page still shows. */
export function scopeOf(c: Context<DashboardEnv>, context: ServiceContext): { scope: DashboardScope; errors: string[] } {
  const { scope, errors } = readScope(c.req.query());
  if (scope.roundId && !context.db.rounds.findById(scope.roundId)) {
    errors.push(dashboardNl.report.scope.unknownRound);
    scope.roundId = null;
  }
  return { scope, errors };
}

/** The digest preview with what it replaced; a service failure becomes a Dutch message. */
function previewOf(context: ServiceContext, scope: DashboardScope, pseudonymise: boolean, errors: string[]): { digest: Digest; replaced: ReplacedName[] } | null {
  try {
    return makeDigestPreview(context, toDigestQuery(scope, 'html', pseudonymise));
  } catch (error) {
    if (!(error instanceof ApiFailure)) throw error;
    errors.push(error.message);
    return null;
  }
}

/** The digest page: downloads, the list of names to replace, and a preview (named or pseudonymised). */
export async function showDigestPage(
  c: Context<DashboardEnv>,
  context: ServiceContext,
  form: ScrubNamesForm | null = null,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const { scope, errors } = scopeOf(c, context);
  const pseudonymised = c.req.query('pseudoniem') === '1';
  const preview = previewOf(context, scope, pseudonymised, errors);
  const rendered = preview ? await renderDigest(preview.digest, 'html') : null;
  const previewHtml = rendered ? (typeof rendered.body === 'string' ? rendered.body : rendered.body.toString('utf8')) : null;
  if (previewHtml) c.header('Content-Security-Policy', cspAllowingStyles(headStyles(previewHtml)));
  const scrubForm = form ?? { text: context.db.scrubNames.all().join('\n'), errors: [], saved: c.req.query('namen') === 'opgeslagen' };
  return renderPage(
    c,
    <DigestPage
      signedIn={pageUser(c)}
      rounds={context.db.rounds.all()}
      scope={scope}
      errors={errors}
      previewHtml={previewHtml}
      pseudonymisedPreview={pseudonymised}
      replaced={pseudonymised && preview ? preview.replaced : null}
      scrubForm={scrubForm}
    />,
    status,
  );
}

/**
 * `POST /overzicht/namen`: replaces the secretariat's list of names (one a line), audited, then
 * back to the page (with its scope) to see the result in the pseudonymised preview.
 */
export function createScrubNamesHandler(context: ServiceContext) {
  return async (c: Context<DashboardEnv>): Promise<Response> => {
    const { namen } = await readForm(c, ['namen']);
    const parsed = scrubNamesInputSchema.safeParse({ names: namesFromLines(namen) });
    if (!parsed.success) {
      const message = 'Zet één naam per regel, van 2 tot 200 tekens, en hoogstens 500 namen. Pas de lijst aan en sla hem opnieuw op.';
      return showDigestPage(c, context, { text: namen, errors: [message], saved: false }, 400);
    }
    replaceScrubNames(context, c.get('user').id, parsed.data.names, 'dashboard');
    const { scope } = readScope(c.req.query());
    return c.redirect(withScope(`${DASHBOARD_PATH}/overzicht`, scope, { pseudoniem: '1', namen: 'opgeslagen' }), 303);
  };
}
