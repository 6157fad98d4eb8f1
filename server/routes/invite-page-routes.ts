import { createHash } from 'node:crypto';
import { Hono } from 'hono';
import { INVITE_PAGE_CSS, InviteLandingPage, type InviteState } from '../dashboard/pages/invite-landing-page';
import { renderPage } from '../dashboard/pages/render-page';
import { INVITE_PAGE_TEXTS } from '../dashboard/texts/invite-page-texts';
import { publicOrigin } from '../http/public-origin';
import { INVITE_CODE_PATTERN, invitationLink } from '../services/invites-service';
import type { ServiceContext } from '../services/service-context';
import { hashToken } from '../services/tokens';

const STYLE_HASH = createHash('sha256').update(INVITE_PAGE_CSS, 'utf8').digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; frame-ancestors 'none'; form-action 'self'`;

function stateOf(context: ServiceContext, code: string): InviteState {
  const invite = INVITE_CODE_PATTERN.test(code) ? context.db.invites.findByHash(hashToken(code)) : null;
  if (!invite) return { state: 'unknown' };
  if (invite.redeemedAt) return { state: 'used' };
  return context.now().toISOString() >= invite.expiresAt ? { state: 'expired' } : { state: 'open', invite };
}

/**
 * `GET /uitnodiging/{code}` (`?taal=en` for English): where an invitation link lands. It explains
 * how to install the extension and sign in with this link; it does not redeem anything itself (a
 * link preview or a mail scanner opening it must not use up the invitation). The link it repeats
 * starts with `publicUrl` when configured, else with the address the reader used (https behind
 * a TLS proxy), since the extension takes its server address from it.
 */
export function createInvitePageRoutes(context: ServiceContext, publicUrl?: string) {
  return new Hono().get('/:code', (c) => {
    const code = c.req.param('code');
    const texts = INVITE_PAGE_TEXTS[c.req.query('taal') === 'en' ? 'en' : 'nl'];
    const link = invitationLink(publicOrigin(c, publicUrl), code);
    const otherLanguageHref = `?taal=${texts.otherLanguage.query}`;
    c.header('Content-Security-Policy', CSP);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('Cache-Control', 'no-store');
    return renderPage(c, InviteLandingPage({ texts, link, code, found: stateOf(context, code), otherLanguageHref }));
  });
}
