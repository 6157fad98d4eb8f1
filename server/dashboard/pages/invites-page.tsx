/** @jsxImportSource hono/jsx */
import { roleSchema } from '../../../shared/schemas/roles';
import type { Invite } from '../../db/invites-repository';
import { Alert, CsrfField } from './components';
import { CreatedInviteNotice, type CreatedInvite } from './created-invite';
import { InviteListForm, type InviteListOutcome, type InviteListValues } from './invite-list-form';
import { Layout, type PageUser } from './layout';
import { RecentInvites } from './recent-invites';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.invites;

/** What was typed into the form for one invitation. */
export interface InviteFormValues {
  role: string;
  organisation: string;
  name: string;
  email: string;
  days: string;
}

interface InvitesPageProps {
  signedIn: PageUser;
  invites: readonly Invite[];
  now: string;
  values: InviteFormValues;
  errors: readonly string[];
  created: CreatedInvite | null;
  list: InviteListValues;
  listOutcome: InviteListOutcome | null;
}

function SingleInviteForm({ csrfToken, values, errors }: { csrfToken: string; values: InviteFormValues; errors: readonly string[] }) {
  const invalid = errors.length > 0 ? 'true' : undefined;
  const t = texts.single;
  return (
    <form method="post" action={`${DASHBOARD_PATH}/uitnodigingen`} aria-labelledby="nieuwe-uitnodiging">
      <CsrfField token={csrfToken} />
      <label for="uitnodiging-rol">{t.role}</label>
      <select id="uitnodiging-rol" name="rol" required aria-invalid={invalid}>
        {roleSchema.options.map((role) => (
          <option value={role} selected={values.role === role}>
            {dashboardNl.roles[role].name}
          </option>
        ))}
      </select>
      <label for="uitnodiging-organisatie">
        {t.organisation} <span class="hint">{t.organisationHint}</span>
      </label>
      <input id="uitnodiging-organisatie" name="organisatie" type="text" required maxlength={200} size={40} value={values.organisation} aria-invalid={invalid} />
      <label for="uitnodiging-naam">
        {t.name} <span class="hint">{t.nameHint}</span>
      </label>
      <input id="uitnodiging-naam" name="naam" type="text" maxlength={200} size={40} value={values.name} autocomplete="off" />
      <label for="uitnodiging-email">
        {t.email} <span class="hint">{t.emailHint}</span>
      </label>
      <input id="uitnodiging-email" name="email" type="email" maxlength={254} size={40} value={values.email} autocomplete="off" />
      <label for="uitnodiging-dagen">{t.days}</label>
      <input id="uitnodiging-dagen" name="dagen" type="number" min={1} max={90} required value={values.days} aria-invalid={invalid} />
      <div>
        <button type="submit">{t.submit}</button>
      </div>
    </form>
  );
}

/**
 * Inviting people: one at a time or a whole list, the new links shown once (with an e-mail to
 * send), and the recent invitations.
 */
export function InvitesPage({ signedIn, invites, now, values, errors, created, list, listOutcome }: InvitesPageProps) {
  return (
    <Layout title={texts.title} current="invites" signedIn={signedIn}>
      <p id="copy-status" class="visually-hidden" role="status"></p>
      {created && <CreatedInviteNotice created={created} />}
      <p>{texts.intro}</p>
      <h2 id="nieuwe-uitnodiging">{texts.single.heading}</h2>
      <Alert messages={errors} title={texts.single.failed} />
      <SingleInviteForm csrfToken={signedIn.csrfToken} values={values} errors={errors} />
      <InviteListForm csrfToken={signedIn.csrfToken} values={list} outcome={listOutcome} />
      <RecentInvites invites={invites} now={now} />
    </Layout>
  );
}
