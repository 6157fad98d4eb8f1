import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { UNSUBSCRIBE_PAGE_CSS, UnsubscribePage, type UnsubscribeState } from '../dashboard/pages/unsubscribe-page';
import { renderPage } from '../dashboard/pages/render-page';
import { isUnsubscribeToken, unsubscribe } from '../services/notification-settings-service';
import type { ServiceContext } from '../services/service-context';

const STYLE_HASH = createHash('sha256').update(UNSUBSCRIBE_PAGE_CSS, 'utf8').digest('base64');
const CSP = `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; img-src data:; frame-ancestors 'none'; form-action 'self'`;

function page(c: Context, state: UnsubscribeState) {
  c.header('Content-Security-Policy', CSP);
  c.header('Referrer-Policy', 'no-referrer');
  c.header('Cache-Control', 'no-store');
  return renderPage(c, UnsubscribePage({ state }), state === 'unknown' ? 404 : 200);
}

/**
 * `/afmelden/{token}`, the link in every notification mail: `GET` asks to confirm (and changes
 * nothing), `POST` unsubscribes — from the page's button or from a mail program's one-click
 * unsubscribe (RFC 8058). The token alone decides whose mail stops; it is kept only as a hash.
 */
export function createUnsubscribeRoutes(context: ServiceContext) {
  return new Hono()
    .get('/:token', (c) => page(c, isUnsubscribeToken(context, c.req.param('token')) ? 'confirm' : 'unknown'))
    .post('/:token', (c) => page(c, unsubscribe(context, c.req.param('token')) ? 'done' : 'unknown'));
}
