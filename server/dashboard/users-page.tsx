/** @jsxImportSource hono/jsx */
import type { UserSummary } from '../db/users-repository';
import { ROLE_LABELS } from '../services/digest/digest-labels';
import { formatDay } from '../services/digest/format-date';
import { CsrfField, Notice } from './components';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from './session-cookie';

interface UsersPageProps {
  signedIn: PageUser;
  users: readonly UserSummary[];
  /** Set right after revoking: whose tokens, and how many. */
  revoked: { name: string; count: number } | null;
}

/** Everyone with access, and a button per person to revoke all their tokens. */
export function UsersPage({ signedIn, users, revoked }: UsersPageProps) {
  return (
    <Layout title="Gebruikers" current="users" signedIn={signedIn}>
      {revoked && <Notice>{`${revoked.count} token(s) van ${revoked.name} ingetrokken.`}</Notice>}
      <p>
        Tokens intrekken sluit iemand direct buiten: de extensie en het dashboard weigeren het token daarna. Wie weer toegang moet
        krijgen, krijgt een nieuwe uitnodiging. Trekt u uw eigen tokens in, dan wordt u ook uitgelogd.
      </p>
      <table>
        <caption>Gebruikers per organisatie</caption>
        <thead>
          <tr>
            <th scope="col">Naam</th>
            <th scope="col">Rol</th>
            <th scope="col">Organisatie</th>
            <th scope="col">Sinds</th>
            <th scope="col">Actieve tokens</th>
            <th scope="col">Actie</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr>
              <th scope="row">{user.name}</th>
              <td>{ROLE_LABELS[user.role]}</td>
              <td>{user.organisation}</td>
              <td>{formatDay(user.createdAt)}</td>
              <td class="count">{user.activeTokens}</td>
              <td>
                {user.activeTokens > 0 ? (
                  <form method="post" action={`${DASHBOARD_PATH}/gebruikers/${encodeURIComponent(user.id)}/intrekken`}>
                    <CsrfField token={signedIn.csrfToken} />
                    <button type="submit" class="danger">
                      Tokens intrekken<span class="visually-hidden">{` van ${user.name}`}</span>
                    </button>
                  </form>
                ) : (
                  'Geen toegang'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
