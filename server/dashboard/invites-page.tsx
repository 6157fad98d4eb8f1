/** @jsxImportSource hono/jsx */
import type { Role } from '../../shared/schemas/roles';
import type { Invite } from '../db/invites-repository';
import { ROLE_LABELS } from '../services/digest/digest-labels';
import { formatDateTime } from '../services/digest/format-date';
import { Alert, CsrfField, Notice } from './components';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from './session-cookie';

/** What was typed into the invite form. */
export interface InviteFormValues {
  role: string;
  organisation: string;
  name: string;
  days: string;
}

/** An invite just made: its code is shown this once and never again. */
export interface CreatedInvite {
  code: string;
  role: Role;
  organisation: string;
  expiresAt: string;
  redeemUrl: string;
}

interface InvitesPageProps {
  signedIn: PageUser;
  invites: readonly Invite[];
  now: string;
  values: InviteFormValues;
  errors: readonly string[];
  created: CreatedInvite | null;
}

const ROLES = Object.keys(ROLE_LABELS) as Role[];

function inviteState(invite: Invite, now: string): string {
  if (invite.redeemedAt) return 'Gebruikt';
  return invite.expiresAt <= now ? 'Verlopen' : 'Open';
}

/** The new invite, shown once, with how the invited person uses it. */
function CreatedNotice({ created }: { created: CreatedInvite }) {
  return (
    <Notice>
      <p>
        <strong>{`Uitnodiging gemaakt voor ${ROLE_LABELS[created.role]}, ${created.organisation}.`}</strong> Geef deze code door; hij
        wordt maar één keer getoond en werkt één keer, tot {formatDateTime(created.expiresAt)}.
      </p>
      <p>
        Code: <code class="secret">{created.code}</code>
      </p>
      <p>
        De genodigde wisselt de code één keer in met een POST-verzoek naar <code class="secret">{created.redeemUrl}</code>, met als
        JSON-body de eigen naam (<code>{'{"name": "…"}'}</code>) als de uitnodiging er geen heeft. Het antwoord bevat een
        persoonlijk API-token; dat plakt de genodigde in de instellingen van de Kantlijn-extensie.
      </p>
    </Notice>
  );
}

/** Inviting people: the form, the code of a new invite once, and the recent invites. */
export function InvitesPage({ signedIn, invites, now, values, errors, created }: InvitesPageProps) {
  const invalid = errors.length > 0 ? 'true' : undefined;
  return (
    <Layout title="Uitnodigingen" current="invites" signedIn={signedIn}>
      {created && <CreatedNotice created={created} />}
      <h2 id="nieuwe-uitnodiging">Nieuwe uitnodiging</h2>
      <Alert messages={errors} title="De uitnodiging is niet gemaakt" />
      <form method="post" action={`${DASHBOARD_PATH}/uitnodigingen`} aria-labelledby="nieuwe-uitnodiging">
        <CsrfField token={signedIn.csrfToken} />
        <label for="uitnodiging-rol">Rol</label>
        <select id="uitnodiging-rol" name="rol" required aria-invalid={invalid}>
          {ROLES.map((role) => (
            <option value={role} selected={values.role === role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </select>
        <label for="uitnodiging-organisatie">Organisatie</label>
        <input id="uitnodiging-organisatie" name="organisatie" type="text" required maxlength={200} size={40} value={values.organisation} aria-invalid={invalid} />
        <label for="uitnodiging-naam">Naam (optioneel)</label>
        <input id="uitnodiging-naam" name="naam" type="text" maxlength={200} size={40} value={values.name} />
        <label for="uitnodiging-dagen">Geldig (dagen, 1 tot 90)</label>
        <input id="uitnodiging-dagen" name="dagen" type="number" min={1} max={90} required value={values.days} aria-invalid={invalid} />
        <div>
          <button type="submit">Uitnodiging maken</button>
        </div>
      </form>
      <table>
        <caption>Recente uitnodigingen (codes worden niet bewaard)</caption>
        <thead>
          <tr>
            <th scope="col">Organisatie</th>
            <th scope="col">Rol</th>
            <th scope="col">Naam</th>
            <th scope="col">Gemaakt</th>
            <th scope="col">Verloopt</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {invites.map((invite) => (
            <tr>
              <th scope="row">{invite.organisation}</th>
              <td>{ROLE_LABELS[invite.role]}</td>
              <td>{invite.name ?? '—'}</td>
              <td>{formatDateTime(invite.createdAt)}</td>
              <td>{formatDateTime(invite.expiresAt)}</td>
              <td>{inviteState(invite, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
