import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { formField, isSameOrigin } from '../dashboard/session/csrf';
import { INVITE_PAGE_CSS, InviteLandingPage, type InviteState } from '../dashboard/pages/invite-landing-page';
import { renderPage } from '../dashboard/pages/render-page';
import { INVITE_PAGE_TEXTS, type InvitePageTexts } from '../dashboard/texts/invite-page-texts';
import { ApiFailure } from '../http/api-failure';
import { publicOrigin } from '../http/public-origin';
import { setReaderCookie } from '../http/reader-session';
import { INVITE_CODE_PATTERN, INVITE_PAGE_PATH, invitationLink } from '../services/invites-service';
import { redeemInviteForReader } from '../services/reader-sessions-service';
import type { ServiceContext } from '../services/service-context';
import { hashToken } from '../services/tokens';
import { READER_PATH } from './reader-paths';

const STYLE_HASH = createHash('sha256').update(INVITE_PAGE_CSS, 'utf8').digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; frame-ancestors 'none'; form-action 'self'`;

function stateOf(context: ServiceContext, code: string): InviteState {
  const invite = INVITE_CODE_PATTERN.test(code) ? context.db.invites.findByHash(hashToken(code)) : null;
  if (!invite) return { state: 'unknown' };
  if (invite.redeemedAt) return { state: 'used' };
  return context.now().toISOString() >= invite.expiresAt ? { state: 'expired' } : { state: 'open', invite };
}

function textsOf(c: Context): InvitePageTexts {
  return INVITE_PAGE_TEXTS[c.req.query('taal') === 'en' ? 'en' : 'nl'];
}

/** Renders the invitation page, with the reader form's complaint when it is shown again. */
function showInvitePage(
  c: Context,
  context: ServiceContext,
  publicUrl: string | undefined,
  status: ContentfulStatusCode = 200,
  readerForm?: { error: string; name: string },
): Promise<Response> {
  const code = c.req.param('code') ?? '';
  const texts = textsOf(c);
  const link = invitationLink(publicOrigin(c, publicUrl), code);
  const otherLanguageHref = `${INVITE_PAGE_PATH}/${encodeURIComponent(code)}?taal=${texts.otherLanguage.query}`;
  c.header('Content-Security-Policy', CSP);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return renderPage(c, InviteLandingPage({ texts, link, code, found: stateOf(context, code), otherLanguageHref, ...(readerForm ? { readerForm } : {}) }), status);
}

/**
 * `GET /uitnodiging/{code}` (`?taal=en` for English): where an invitation link lands. It explains
 * how to install the extension and sign in with this link; it does not redeem anything itself (a
 * link preview or a mail scanner opening it must not use up the invitation). The link it repeats
 * starts with `publicUrl` when configured, else with the address the reader used (https behind
 * a TLS proxy), since the extension takes its server address from it.
 *
 * `POST /uitnodiging/{code}/lezen` (form field `naam`): the way in without the extension. It
 * redeems the invitation as the extension would, keeps the new account's token in a reader
 * session, sets its cookie and opens the reader. Only a form from this site is taken, so another
 * site cannot sign a browser in to an account of its choosing.
 */
export function createInvitePageRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono()
    .get('/:code', (c) => showInvitePage(c, context, publicUrl))
    .post('/:code/lezen', async (c) => {
      const texts = textsOf(c).reader;
      const name = (await formField(c, 'naam')).trim().slice(0, 200);
      if (!isSameOrigin(c)) return showInvitePage(c, context, publicUrl, 403, { error: texts.notSameSite, name });
      if (name === '') return showInvitePage(c, context, publicUrl, 400, { error: texts.nameMissing, name });
      try {
        const { sessionId, expiresAt } = redeemInviteForReader(context, c.req.param('code'), name);
        setReaderCookie(c, publicUrl, sessionId, expiresAt);
        return c.redirect(`${READER_PATH}${c.req.query('taal') === 'en' ? '?taal=en' : ''}`, 303);
      } catch (error) {
        // Used, expired and unknown invitations show the page's own explanation of that state.
        if (error instanceof ApiFailure && error.status < 500) return showInvitePage(c, context, publicUrl, error.status === 404 ? 404 : 410);
        throw error;
      }
    });
}
