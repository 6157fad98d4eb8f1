/** @jsxImportSource hono/jsx */
import { ROLE_PLURALS } from '../services/digest/digest-labels';
import { formatDay } from '../services/digest/format-date';
import { Alert, ROUND_STATUS_TEXT, ScopeForm } from './components';
import { withScope, type DashboardScope } from './digest-scope';
import { periodText } from './dutch-days';
import { Layout, type PageUser } from './layout';
import type { Overview } from './overview-data';
import { DASHBOARD_PATH } from './session-cookie';

interface OverviewPageProps {
  signedIn: PageUser;
  overview: Overview;
  scope: DashboardScope;
  errors: readonly string[];
}

/** The start page: totals of the chosen scope and every round with its status. */
export function OverviewPage({ signedIn, overview, scope, errors }: OverviewPageProps) {
  const { summary } = overview;
  return (
    <Layout title="Overzicht" current="overview" signedIn={signedIn}>
      <Alert messages={errors} />
      <ScopeForm action={DASHBOARD_PATH} rounds={overview.rounds.map((line) => line.round)} scope={scope} />
      <h2>Totalen</h2>
      <ul class="stats">
        <li><strong>{summary.annotations}</strong> opmerkingen</li>
        <li><strong>{summary.replies}</strong> reacties</li>
        <li><strong>{summary.documents}</strong> documenten</li>
        <li><strong>{summary.participants}</strong> deelnemers</li>
        <li><strong>{overview.uncovered}</strong> termen zonder aandacht</li>
        <li><strong>{overview.users}</strong> gebruikers</li>
        <li><strong>{overview.openInvites}</strong> openstaande uitnodigingen</li>
      </ul>
      <p>
        Naar rol:{' '}
        {summary.byRole.length === 0
          ? 'nog geen bijdragen.'
          : summary.byRole.map((row) => `${ROLE_PLURALS[row.role]} ${row.annotations} opmerkingen en ${row.replies} reacties`).join('; ')}
      </p>
      <p>
        <a href={withScope(`${DASHBOARD_PATH}/matrix`, scope)}>Dekkingsmatrix bekijken</a> ·{' '}
        <a href={withScope(`${DASHBOARD_PATH}/overzicht`, scope)}>Feedbackoverzicht bekijken en downloaden</a>
      </p>
      <h2>Rondes</h2>
      {overview.rounds.length === 0 ? (
        <p>
          Er zijn nog geen rondes. <a href={`${DASHBOARD_PATH}/rondes`}>Een ronde aanmaken</a>
        </p>
      ) : (
        <table>
          <caption>Alle rondes, nieuwste eerst</caption>
          <thead>
            <tr>
              <th scope="col">Ronde</th>
              <th scope="col">Periode</th>
              <th scope="col">Status</th>
              <th scope="col">Gedeelde opmerkingen</th>
            </tr>
          </thead>
          <tbody>
            {overview.rounds.map(({ round, status, remarks }) => (
              <tr>
                <th scope="row">
                  <a href={`${DASHBOARD_PATH}/matrix?ronde=${encodeURIComponent(round.id)}`}>{round.title}</a>
                </th>
                <td>{periodText(round.opensAt, round.closesAt, formatDay)}</td>
                <td class={status === 'open' ? 'status-open' : undefined}>{ROUND_STATUS_TEXT[status]}</td>
                <td class="count">{remarks}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
