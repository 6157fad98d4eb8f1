/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { SignInGuard } from '../../http/rate-limit';
import { ROLE_LABELS } from '../../services/digest/texts/labels';
import type { ServiceContext } from '../../services/service-context';
import { hashToken } from '../../services/tokens';
import { formField, isSameOrigin, sameSecret } from '../session/csrf';
import { renderPage } from '../pages/render-page';
import { clearLoginCookie, DASHBOARD_PATH, readLoginCookie, setLoginCookie, setSessionCookie } from '../session/session-cookie';
import { randomSecret, type SessionStore } from '../session/session-store';
import { LOGIN_FIELD, SignInPage } from '../pages/sign-in-page';

/** Shows the sign-in form with a fresh login-CSRF value (cookie and hidden field). */
function showForm(c: Context, status: ContentfulStatusCode, errors: string[] = [], signedOut = false): Promise<Response> {
  const loginToken = randomSecret();
  setLoginCookie(c, loginToken);
  return renderPage(c, <SignInPage loginToken={loginToken} errors={errors} signedOut={signedOut} />, status);
}

/**
 * `/inloggen`: the sign-in form and its check. The pasted token must belong to a live secretariat
 * account; the session remembers only the token's hash. The form has its own CSRF value in a
 * cookie, so another site cannot sign a browser in to an account of its choosing. Failed tries
 * count against the client's address in the same guard as the API's (`guard`), which refuses only
 * unknown tokens: a live token signs in whatever others typed from the same address.
 */
export function createSignInRoutes(context: ServiceContext, store: SessionStore, guard?: SignInGuard): Hono {
  return new Hono()
    .get('/', (c) => showForm(c, 200, [], c.req.query('uitgelogd') === '1'))
    .post('/', async (c) => {
      const expected = readLoginCookie(c);
      if (!expected || !isSameOrigin(c) || !sameSecret(await formField(c, LOGIN_FIELD), expected)) {
        return showForm(c, 403, ['Het formulier is verlopen of uw browser weigert cookies. Sta cookies voor deze site toe en probeer het opnieuw.']);
      }
      const token = (await formField(c, 'token')).trim();
      if (token === '') return showForm(c, 400, ['Vul uw API-token in.']);
      const tokenHash = hashToken(token);
      const user = token.length <= 200 ? context.db.users.findByTokenHash(tokenHash) : null;
      if (!user) {
        // Only unknown tokens meet the guard: a valid one is never refused for others' typos.
        const wait = guard?.secondsToWait(c) ?? 0;
        if (wait > 0) {
          c.header('Retry-After', String(wait));
          return showForm(c, 429, [`Te veel mislukte pogingen vanaf dit adres. Probeer het over ${wait} seconden opnieuw.`]);
        }
        guard?.recordFailure(c);
        return showForm(c, 401, ['Dit token is onbekend of ingetrokken. Controleer of u het volledig hebt geplakt.']);
      }
      if (user.role !== 'secretariat') {
        return showForm(c, 403, [
          `Dit token hoort bij een account met de rol ‘${ROLE_LABELS[user.role]}’. Het dashboard is alleen voor het secretariaat; annoteren doet u met de browserextensie.`,
        ]);
      }
      const session = store.create(user.id, tokenHash);
      context.db.audit.record({ at: context.now().toISOString(), actorId: user.id, action: 'dashboard.sign-in', subject: user.id, detail: null });
      clearLoginCookie(c);
      setSessionCookie(c, session.id);
      return c.redirect(DASHBOARD_PATH, 303);
    });
}
