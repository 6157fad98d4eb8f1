/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiFailure } from '../../http/api-failure';
import { createRound, roundInputSchema } from '../../services/rounds-service';
import type { ServiceContext } from '../../services/service-context';
import { revokeAllTokens } from '../../services/users-service';
import type { DashboardEnv } from '../dashboard-env';
import { endOfDutchDay, isCalendarDay, startOfDutchDay } from '../model/dutch-days';
import { issueMessages, readForm } from './form-input';
import { createInviteDashboardRoutes } from './invite-routes';
import { renderPage } from '../pages/render-page';
import { pageUser } from '../pages/page-user';
import { RoundsPage, type RoundFormValues } from '../pages/rounds-page';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { UsersPage } from '../pages/users-page';
import { dashboardNl } from '../texts/dashboard-texts';

const roundTexts = dashboardNl.rounds;

const EMPTY_ROUND: RoundFormValues = { title: '', opens: '', closes: '' };

/** Rounds, invites and users: the secretariat's administration. */
export function createAdminRoutes(context: ServiceContext, publicUrl?: string): Hono<DashboardEnv> {
  const now = () => context.now().toISOString();

  const showRounds = (c: Context<DashboardEnv>, values: RoundFormValues, errors: string[], status: ContentfulStatusCode = 200) =>
    renderPage(
      c,
      <RoundsPage signedIn={pageUser(c)} rounds={context.db.rounds.all()} now={now()} values={values} errors={errors} created={c.req.query('aangemaakt') === '1'} />,
      status,
    );

  return new Hono<DashboardEnv>()
    .route('/', createInviteDashboardRoutes(context, publicUrl))
    .get('/rondes', (c) => showRounds(c, EMPTY_ROUND, []))
    .post('/rondes', async (c) => {
      const form = await readForm(c, ['titel', 'opent', 'sluit']);
      const values: RoundFormValues = { title: form.titel, opens: form.opent, closes: form.sluit };
      if (!isCalendarDay(values.opens) || !isCalendarDay(values.closes)) {
        return showRounds(c, values, [roundTexts.errors.dates], 400);
      }
      const parsed = roundInputSchema.safeParse({ title: values.title, opensAt: startOfDutchDay(values.opens), closesAt: endOfDutchDay(values.closes) });
      if (!parsed.success) {
        const messages = { title: roundTexts.errors.title, closesAt: roundTexts.errors.closesAt };
        return showRounds(c, values, issueMessages(parsed.error, messages, roundTexts.errors.other), 400);
      }
      try {
        createRound(context, c.get('user').id, parsed.data);
      } catch (error) {
        if (error instanceof ApiFailure) return showRounds(c, values, [error.message], error.status);
        throw error;
      }
      return c.redirect(`${DASHBOARD_PATH}/rondes?aangemaakt=1`, 303);
    })
    .get('/gebruikers', (c) => {
      const revokedId = c.req.query('ingetrokken');
      const revokedUser = revokedId ? context.db.users.findById(revokedId) : null;
      const count = Number(c.req.query('aantal') ?? '0');
      const revoked = revokedUser ? { name: revokedUser.name, count: Number.isSafeInteger(count) ? count : 0 } : null;
      return renderPage(c, <UsersPage signedIn={pageUser(c)} users={context.db.users.all()} revoked={revoked} />);
    })
    .post('/gebruikers/:id/intrekken', (c) => {
      const outcome = revokeAllTokens(context, c.get('user'), c.req.param('id'), 'dashboard');
      if (!outcome) return c.redirect(`${DASHBOARD_PATH}/gebruikers`, 303);
      return c.redirect(`${DASHBOARD_PATH}/gebruikers?ingetrokken=${encodeURIComponent(outcome.target.id)}&aantal=${outcome.revoked}`, 303);
    });
}
