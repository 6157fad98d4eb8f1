/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { User } from '../db/users-repository';
import { publicOrigin } from '../http/public-origin';
import { createInvite, invitationLink, inviteInputSchema } from '../services/invites-service';
import { formatDateTime, isoDay } from '../services/digest/format-date';
import type { ServiceContext } from '../services/service-context';
import type { CreatedInvite } from './created-invite';
import type { DashboardEnv } from './dashboard-env';
import { issueMessages, readForm } from './form-input';
import { readInviteList } from './invite-list';
import { listedInvitesSchema, renderInviteListCsv } from './invite-list-csv';
import type { InviteListOutcome, InviteListValues } from './invite-list-form';
import { inviteMail } from './invite-mail';
import { InvitesPage, type InviteFormValues } from './invites-page';
import { pageUser } from './page-user';
import { renderPage } from './render-page';
import { renderErrorPage } from './error-page';
import { dashboardNl } from './texts/dashboard-texts';

const EMPTY_INVITE: InviteFormValues = { role: 'councillor', organisation: '', name: '', email: '', days: '7' };
const EMPTY_LIST: InviteListValues = { text: '', days: '14' };
const emailSchema = z.union([z.literal(''), z.email()]);
const t = dashboardNl.invites;

/** Days as typed, for the schema: a bad value becomes NaN so the schema names the field. */
const daysOf = (value: string) => (/^\d{1,3}$/.test(value) ? Number(value) : Number.NaN);

/** "Anna de Vries, raadslid van Gemeente Woerden", or "Raadslid, Gemeente Woerden" without a name. */
function whoText(invite: { name: string | null; role: CreatedInvite['role']; organisation: string }): string {
  const role = dashboardNl.roles[invite.role].name;
  return invite.name ? `${invite.name}, ${role.toLowerCase()} van ${invite.organisation}` : `${role}, ${invite.organisation}`;
}

function describeCreated(origin: string, sender: User, invite: ReturnType<typeof createInvite>, email: string | null): CreatedInvite {
  const link = invitationLink(origin, invite.code);
  const until = formatDateTime(invite.expiresAt);
  const facts = { name: invite.name, roleName: dashboardNl.roles[invite.role].name, organisation: invite.organisation, link, until, senderName: sender.name, senderOrganisation: sender.organisation };
  return { link, role: invite.role, who: whoText(invite), until, mail: inviteMail(facts, email) };
}

/** The text of an uploaded file, or of the pasted rows when no file was chosen. */
async function listText(c: Context<DashboardEnv>): Promise<{ text: string; pasted: string; days: string }> {
  const body = await c.req.parseBody();
  const pasted = typeof body.lijst === 'string' ? body.lijst : '';
  const file = body.bestand;
  const fromFile = file instanceof File && file.size > 0 ? new TextDecoder('utf-8').decode(await file.arrayBuffer()) : '';
  return { text: fromFile.trim() !== '' ? fromFile : pasted, pasted, days: typeof body.dagen === 'string' ? body.dagen.trim() : '' };
}

/**
 * `/uitnodigingen`: invitations one at a time or as a list (all or nothing), each shown once as
 * its whole link; `/uitnodigingen/lijst.csv` hands a list's links back as CSV for a mail merge.
 * Links start with `publicUrl` when it is configured.
 */
export function createInviteDashboardRoutes(context: ServiceContext, publicUrl?: string): Hono<DashboardEnv> {
  type PageState = { values?: InviteFormValues; errors?: string[]; created?: CreatedInvite; list?: InviteListValues; listOutcome?: InviteListOutcome };
  const show = (c: Context<DashboardEnv>, state: PageState, status: ContentfulStatusCode = 200) =>
    renderPage(
      c,
      <InvitesPage
        signedIn={pageUser(c)}
        invites={context.db.invites.recent(100)}
        now={context.now().toISOString()}
        values={state.values ?? EMPTY_INVITE}
        errors={state.errors ?? []}
        created={state.created ?? null}
        list={state.list ?? EMPTY_LIST}
        listOutcome={state.listOutcome ?? null}
      />,
      status,
    );

  return new Hono<DashboardEnv>()
    .get('/uitnodigingen', (c) => show(c, {}))
    .post('/uitnodigingen', async (c) => {
      const form = await readForm(c, ['rol', 'organisatie', 'naam', 'email', 'dagen']);
      const values: InviteFormValues = { role: form.rol, organisation: form.organisatie, name: form.naam, email: form.email, days: form.dagen };
      const parsed = inviteInputSchema.safeParse({ role: values.role, organisation: values.organisation, ...(values.name !== '' ? { name: values.name } : {}), expiresInDays: daysOf(values.days) });
      const email = emailSchema.safeParse(values.email);
      if (!parsed.success || !email.success) {
        const messages = { role: t.errors.role, organisation: t.errors.organisation, name: t.errors.name, expiresInDays: t.errors.days };
        const errors = [...(parsed.success ? [] : issueMessages(parsed.error, messages, t.errors.other)), ...(email.success ? [] : [t.errors.email])];
        return show(c, { values, errors }, 400);
      }
      const invite = createInvite(context, c.get('user'), parsed.data);
      return show(c, { created: describeCreated(publicOrigin(c, publicUrl), c.get('user'), invite, email.data || null) });
    })
    .post('/uitnodigingen/lijst', async (c) => {
      const { text, pasted, days } = await listText(c);
      const list = { text: pasted, days };
      if (text.trim() === '') return show(c, { list, listOutcome: { errors: [dashboardNl.inviteList.errors.empty] } }, 400);
      if (!Number.isInteger(daysOf(days)) || daysOf(days) < 1 || daysOf(days) > 90) return show(c, { list, listOutcome: { errors: [t.errors.days] } }, 400);
      const read = readInviteList(text);
      if ('errors' in read) return show(c, { list, listOutcome: read }, 400);
      const origin = publicOrigin(c, publicUrl);
      // All or nothing: one transaction, so a failure half-way leaves no invitations behind.
      const invites = context.db.transaction(() =>
        read.rows.map((row) => ({ row, invite: createInvite(context, c.get('user'), { role: row.role, organisation: row.organisation, name: row.name, expiresInDays: daysOf(days) }) })),
      );
      const rows = invites.map(({ row, invite }) => ({ name: row.name, organisation: row.organisation, roleName: dashboardNl.roles[row.role].name, email: row.email, link: invitationLink(origin, invite.code) }));
      return show(c, { list: EMPTY_LIST, listOutcome: { rows, until: formatDateTime(invites[0]!.invite.expiresAt) } });
    })
    .post('/uitnodigingen/lijst.csv', async (c) => {
      const { uitnodigingen } = await readForm(c, ['uitnodigingen']);
      let posted: unknown = null;
      try {
        posted = JSON.parse(uitnodigingen);
      } catch {
        posted = null;
      }
      const parsed = listedInvitesSchema.safeParse(posted);
      if (!parsed.success) return renderErrorPage(c, 400, dashboardNl.layout.errors.failedTitle, dashboardNl.inviteList.downloadFailed);
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${dashboardNl.inviteList.csvFileName(isoDay(context.now().toISOString()))}"`);
      return c.body(renderInviteListCsv(parsed.data), 200);
    });
}
