/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ApiFailure } from '../http/api-failure';
import { publicOrigin } from '../http/public-origin';
import { createInvite, inviteInputSchema } from '../services/invites-service';
import { createRound, roundInputSchema } from '../services/rounds-service';
import type { ServiceContext } from '../services/service-context';
import { revokeAllTokens } from '../services/users-service';
import type { DashboardEnv } from './dashboard-env';
import { endOfDutchDay, isCalendarDay, startOfDutchDay } from './dutch-days';
import { issueMessages, readForm } from './form-input';
import { InvitesPage, type CreatedInvite, type InviteFormValues } from './invites-page';
import { renderPage } from './render-page';
import { pageUser } from './page-user';
import { RoundsPage, type RoundFormValues } from './rounds-page';
import { DASHBOARD_PATH } from './session-cookie';
import { UsersPage } from './users-page';

const EMPTY_ROUND: RoundFormValues = { title: '', opens: '', closes: '' };
const EMPTY_INVITE: InviteFormValues = { role: 'councillor', organisation: '', name: '', days: '7' };

/** Rounds, invites and users: the secretariat's administration. */
export function createAdminRoutes(context: ServiceContext): Hono<DashboardEnv> {
  const now = () => context.now().toISOString();

  const showRounds = (c: Context<DashboardEnv>, values: RoundFormValues, errors: string[], status: ContentfulStatusCode = 200) =>
    renderPage(
      c,
      <RoundsPage signedIn={pageUser(c)} rounds={context.db.rounds.all()} now={now()} values={values} errors={errors} created={c.req.query('aangemaakt') === '1'} />,
      status,
    );

  const showInvites = (c: Context<DashboardEnv>, values: InviteFormValues, errors: string[], created: CreatedInvite | null, status: ContentfulStatusCode = 200) =>
    renderPage(
      c,
      <InvitesPage signedIn={pageUser(c)} invites={context.db.invites.recent(100)} now={now()} values={values} errors={errors} created={created} />,
      status,
    );

  return new Hono<DashboardEnv>()
    .get('/rondes', (c) => showRounds(c, EMPTY_ROUND, []))
    .post('/rondes', async (c) => {
      const form = await readForm(c, ['titel', 'opent', 'sluit']);
      const values: RoundFormValues = { title: form.titel, opens: form.opent, closes: form.sluit };
      if (!isCalendarDay(values.opens) || !isCalendarDay(values.closes)) {
        return showRounds(c, values, ['Vul een geldige openings- en sluitdatum in (jjjj-mm-dd).'], 400);
      }
      const parsed = roundInputSchema.safeParse({ title: values.title, opensAt: startOfDutchDay(values.opens), closesAt: endOfDutchDay(values.closes) });
      if (!parsed.success) {
        const messages = { title: 'Vul een titel in van hoogstens 200 tekens.', closesAt: 'De sluitdatum mag niet vóór de openingsdatum liggen.' };
        return showRounds(c, values, issueMessages(parsed.error, messages, 'Controleer de ingevulde gegevens.'), 400);
      }
      try {
        createRound(context, c.get('user').id, parsed.data);
      } catch (error) {
        if (error instanceof ApiFailure) return showRounds(c, values, [error.message], error.status);
        throw error;
      }
      return c.redirect(`${DASHBOARD_PATH}/rondes?aangemaakt=1`, 303);
    })
    .get('/uitnodigingen', (c) => showInvites(c, EMPTY_INVITE, [], null))
    .post('/uitnodigingen', async (c) => {
      const form = await readForm(c, ['rol', 'organisatie', 'naam', 'dagen']);
      const values: InviteFormValues = { role: form.rol, organisation: form.organisatie, name: form.naam, days: form.dagen };
      const parsed = inviteInputSchema.safeParse({
        role: values.role,
        organisation: values.organisation,
        ...(values.name !== '' ? { name: values.name } : {}),
        expiresInDays: /^\d{1,3}$/.test(values.days) ? Number(values.days) : Number.NaN,
      });
      if (!parsed.success) {
        const messages = {
          role: 'Kies een rol.',
          organisation: 'Vul de organisatie in (hoogstens 200 tekens).',
          name: 'De naam mag hoogstens 200 tekens hebben.',
          expiresInDays: 'Vul bij ‘Geldig’ een aantal dagen in van 1 tot en met 90.',
        };
        return showInvites(c, values, issueMessages(parsed.error, messages, 'Controleer de ingevulde gegevens.'), null, 400);
      }
      const invite = createInvite(context, c.get('user'), parsed.data);
      const redeemUrl = `${publicOrigin(c)}/api/invites/${invite.code}/redeem`;
      return showInvites(c, EMPTY_INVITE, [], { code: invite.code, role: invite.role, organisation: invite.organisation, expiresAt: invite.expiresAt, redeemUrl });
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
