/** @jsxImportSource hono/jsx */
import type { UserSummary } from '../../db/users-repository';
import { plural } from '../../../shared/i18n/plural';
import { formatDay } from '../../services/digest/texts/format-date';
import { CsrfField, Notice } from './components';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.users;

interface UsersPageProps {
  signedIn: PageUser;
  users: readonly UserSummary[];
  /** Set right after revoking: whose tokens, and how many. */
  revoked: { name: string; count: number } | null;
}

/** Everyone with access, and a button per person to revoke all their tokens. */
export function UsersPage({ signedIn, users, revoked }: UsersPageProps) {
  return (
    <Layout title={texts.title} current="users" signedIn={signedIn}>
      {revoked && <Notice>{texts.revoked(plural('nl', revoked.count, texts.tokens), revoked.name)}</Notice>}
      <p>{texts.intro}</p>
      <div class="table-scroll" role="region" aria-label={texts.caption} tabindex={0}>
      <table>
        <caption>{texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.name}</th>
            <th scope="col">{texts.role}</th>
            <th scope="col">{texts.organisation}</th>
            <th scope="col">{texts.since}</th>
            <th scope="col">{texts.activeTokens}</th>
            <th scope="col">{texts.action}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr>
              <th scope="row">{user.name}</th>
              <td>{dashboardNl.roles[user.role].name}</td>
              <td>{user.organisation}</td>
              <td>{formatDay(user.createdAt)}</td>
              <td class="count">{user.activeTokens}</td>
              <td>
                {user.activeTokens > 0 ? (
                  <form method="post" action={`${DASHBOARD_PATH}/gebruikers/${encodeURIComponent(user.id)}/intrekken`}>
                    <CsrfField token={signedIn.csrfToken} />
                    <button type="submit" class="danger">
                      {texts.revoke}
                      <span class="visually-hidden">{texts.revokeOf(user.name)}</span>
                    </button>
                  </form>
                ) : (
                  texts.noAccess
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </Layout>
  );
}
