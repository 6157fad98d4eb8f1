/** @jsxImportSource hono/jsx */
import type { Invite } from '../../db/invites-repository';
import { formatDateTime } from '../../services/digest/texts/format-date';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.invites.recent;

function inviteState(invite: Invite, now: string): string {
  if (invite.redeemedAt) return texts.used;
  return invite.expiresAt <= now ? texts.expired : texts.open;
}

/** The recent invitations and whether each was used; their codes are not kept, so no links. */
export function RecentInvites({ invites, now }: { invites: readonly Invite[]; now: string }) {
  return (
    <div class="table-scroll" role="region" aria-label={texts.caption} tabindex={0}>
      <table>
        <caption>{texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.organisation}</th>
            <th scope="col">{texts.role}</th>
            <th scope="col">{texts.name}</th>
            <th scope="col">{texts.createdAt}</th>
            <th scope="col">{texts.expiresAt}</th>
            <th scope="col">{texts.state}</th>
          </tr>
        </thead>
        <tbody>
          {invites.length === 0 && (
            <tr>
              <td colspan={6}>{texts.none}</td>
            </tr>
          )}
          {invites.map((invite) => (
            <tr>
              <th scope="row">{invite.organisation}</th>
              <td>{dashboardNl.roles[invite.role].name}</td>
              <td>{invite.name ?? '—'}</td>
              <td>{formatDateTime(invite.createdAt)}</td>
              <td>{formatDateTime(invite.expiresAt)}</td>
              <td>{inviteState(invite, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
