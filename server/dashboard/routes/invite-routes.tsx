/** @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { Hono } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { z } from 'zod';
import type { User } from '../../db/users-repository';
import { publicOrigin } from '../../http/public-origin';
import { formatDateTime, isoDay } from '../../services/digest/texts/format-date';
import { createInvite, invitationLink, inviteInputSchema } from '../../services/invites-service';
import type { ServiceContext } from '../../services/service-context';
import type { CreatedInvite } from '../pages/created-invite';
import type { DashboardEnv } from '../dashboard-env';
import { renderErrorPage } from '../pages/error-page';
import { decodeFile, issueMessages, readForm } from './form-input';
import { readInviteList } from '../model/invite-list';
import { listedInvitesSchema, renderInviteListCsv } from '../model/invite-list-csv';
import type { InviteListOutcome, InviteListValues } from '../pages/invite-list-form';
import { inviteMail } from '../model/invite-mail';
import { InvitesPage, type InviteFormValues } from '../pages/invites-page';
import { pageUser } from '../pages/page-user';
import { renderPage } from '../pages/render-page';
import { dashboardNl } from '../texts/dashboard-texts';

const EMPTY_INVITE: InviteFormValues = { role: 'councillor', organisation: '', name: '', email: '', days: '7' };
const EMPTY_LIST: InviteListValues = { text: '', days: '14' };
const emailSchema = z.union([z.literal(''), z.email()]);
const t = dashboardNl.invites;

type Env = Context<DashboardEnv>;
type PageState = { values?: InviteFormValues; errors?: string[]; created?: CreatedInvite; list?: InviteListValues; listOutcome?: InviteListOutcome };
type Show = (c: Env, state: PageState, status?: ContentfulStatusCode) => Promise<Response>;

/** Days as typed, for the schema: anything but 1–3 digits becomes NaN, so the schema names the field. */
const daysOf = (value: string) => (/^\d{1,3}$/.test(value) ? Number(value) : Number.NaN);

function describeCreated(origin: string, sender: User, invite: ReturnType<typeof createInvite>, email: string | null): CreatedInvite {
  const link = invitationLink(origin, invite.code);
  const until = formatDateTime(invite.expiresAt);
  const roleName = dashboardNl.roles[invite.role].name;
  const facts = { name: invite.name, roleName, organisation: invite.organisation, link, until, senderName: sender.name, senderOrganisation: sender.organisation };
  return { link, role: invite.role, who: t.created.who(invite.name, roleName, invite.organisation), until, mail: inviteMail(facts, email) };
}

/** One invitation from the form; the e-mail address only shapes the mail and is not stored. */
async function inviteOne(c: Env, context: ServiceContext, origin: string, show: Show): Promise<Response> {
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
  return show(c, { created: describeCreated(origin, c.get('user'), invite, email.data || null) });
}

/** The text of an uploaded file, or of the pasted rows when no file was chosen. */
async function listInput(c: Env): Promise<{ text: string; pasted: string; days: string }> {
  const body = await c.req.parseBody();
  const pasted = typeof body.lijst === 'string' ? body.lijst : '';
  const file = body.bestand;
  const fromFile = file instanceof File && file.size > 0 ? decodeFile(await file.arrayBuffer()) : '';
  return { text: fromFile.trim() !== '' ? fromFile : pasted, pasted, days: typeof body.dagen === 'string' ? body.dagen.trim() : '' };
}

/** A whole list: every row checked first, then all invited in one transaction, or none. */
async function inviteList(c: Env, context: ServiceContext, origin: string, show: Show): Promise<Response> {
  const { text, pasted, days } = await listInput(c);
  const list = { text: pasted, days };
  const expiresInDays = daysOf(days);
  if (text.trim() === '') return show(c, { list, listOutcome: { errors: [dashboardNl.inviteList.errors.empty] } }, 400);
  if (!(expiresInDays >= 1 && expiresInDays <= 90)) return show(c, { list, listOutcome: { errors: [t.errors.days] } }, 400);
  const read = readInviteList(text);
  if ('errors' in read) return show(c, { list, listOutcome: read }, 400);
  const made = context.db.transaction(() =>
    read.rows.map((row) => ({ row, invite: createInvite(context, c.get('user'), { role: row.role, organisation: row.organisation, name: row.name, expiresInDays }) })),
  );
  const rows = made.map(({ row, invite }) => ({ name: row.name, organisation: row.organisation, roleName: dashboardNl.roles[row.role].name, email: row.email, link: invitationLink(origin, invite.code) }));
  return show(c, { listOutcome: { rows, until: formatDateTime(made[0]!.invite.expiresAt) } });
}

/** The CSV for a mail merge, of the list the result page carries (the server keeps no codes). */
async function listCsv(c: Env, context: ServiceContext): Promise<Response> {
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
}

/**
 * `/uitnodigingen`: invitations one at a time or as a list (all or nothing), each shown once as
 * its whole link; `/uitnodigingen/lijst.csv` hands a list's links back as CSV for a mail merge.
 * Links start with `publicUrl` when it is configured (see `publicOrigin`).
 */
export function createInviteDashboardRoutes(context: ServiceContext, publicUrl?: string): Hono<DashboardEnv> {
  const show: Show = (c, state, status = 200) =>
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
    .post('/uitnodigingen', (c) => inviteOne(c, context, publicOrigin(c, publicUrl), show))
    .post('/uitnodigingen/lijst', (c) => inviteList(c, context, publicOrigin(c, publicUrl), show))
    .post('/uitnodigingen/lijst.csv', (c) => listCsv(c, context));
}
