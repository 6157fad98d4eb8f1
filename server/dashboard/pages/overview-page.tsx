/** @jsxImportSource hono/jsx */
import { plural, type PluralForms } from '../../../shared/i18n/plural';
import { formatDay } from '../../services/digest/texts/format-date';
import { Alert, ROUND_STATUS_TEXT, ScopeForm } from './components';
import { withScope, type DashboardScope } from '../model/digest-scope';
import { periodText } from '../model/dutch-days';
import { Layout, type PageUser } from './layout';
import type { Overview } from '../model/overview-data';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.report.overview;

/** A total: the number large, its noun in the right number after it. */
function Stat({ count, noun }: { count: number; noun: PluralForms }) {
  return (
    <li>
      <strong>{count.toLocaleString('nl')}</strong> {plural('nl', count, noun)}
    </li>
  );
}

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
    <Layout title={texts.title} current="overview" signedIn={signedIn}>
      <Alert messages={errors} />
      <ScopeForm action={DASHBOARD_PATH} rounds={overview.rounds.map((line) => line.round)} scope={scope} />
      <h2>{texts.totals}</h2>
      <ul class="stats">
        <Stat count={summary.annotations} noun={texts.annotations} />
        <Stat count={summary.replies} noun={texts.replies} />
        <Stat count={summary.documents} noun={texts.documents} />
        <Stat count={summary.participants} noun={texts.participants} />
        <Stat count={overview.uncovered} noun={texts.uncovered} />
        <Stat count={overview.users} noun={texts.users} />
        <Stat count={overview.openInvites} noun={texts.openInvites} />
      </ul>
      <p>
        {texts.byRole}{' '}
        {summary.byRole.length === 0
          ? texts.noContributions
          : summary.byRole
              .map((row) =>
                texts.roleLine(dashboardNl.roles[row.role].plural, plural('nl', row.annotations, texts.countedAnnotations), plural('nl', row.replies, texts.countedReplies)),
              )
              .join('; ')}
      </p>
      <p>
        <a href={withScope(`${DASHBOARD_PATH}/matrix`, scope)}>{texts.toMatrix}</a> ·{' '}
        <a href={withScope(`${DASHBOARD_PATH}/overzicht`, scope)}>{texts.toDigest}</a>
      </p>
      <h2>{texts.rounds}</h2>
      {overview.rounds.length === 0 ? (
        <p>
          {texts.noRounds} <a href={`${DASHBOARD_PATH}/rondes`}>{texts.makeRound}</a>
        </p>
      ) : (
        <div class="table-scroll" role="region" aria-label={texts.roundsCaption} tabindex={0}>
        <table>
          <caption>{texts.roundsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.round}</th>
              <th scope="col">{texts.period}</th>
              <th scope="col">{texts.status}</th>
              <th scope="col">{texts.sharedRemarks}</th>
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
        </div>
      )}
    </Layout>
  );
}
