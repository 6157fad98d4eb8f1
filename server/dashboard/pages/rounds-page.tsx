/** @jsxImportSource hono/jsx */
import type { Round } from '../../db/rounds-repository';
import { formatDay } from '../../services/digest/texts/format-date';
import { roundPhase } from '../../services/round-phase';
import { Alert, CsrfField, Notice, ROUND_STATUS_TEXT } from './components';
import { periodText } from '../model/dutch-days';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.rounds;

/** What was typed into the new-round form, kept when it is shown again with errors. */
export interface RoundFormValues {
  title: string;
  opens: string;
  closes: string;
}

interface RoundsPageProps {
  signedIn: PageUser;
  rounds: readonly Round[];
  now: string;
  values: RoundFormValues;
  errors: readonly string[];
  created: boolean;
}

/** The rounds with their status, and the form to open a new one. */
export function RoundsPage({ signedIn, rounds, now, values, errors, created }: RoundsPageProps) {
  const invalid = errors.length > 0 ? 'true' : undefined;
  return (
    <Layout title={texts.title} current="rounds" signedIn={signedIn}>
      {created && <Notice>{texts.created}</Notice>}
      <div class="table-scroll" role="region" aria-label={texts.caption} tabindex={0}>
      <table>
        <caption>{texts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{texts.round}</th>
            <th scope="col">{texts.period}</th>
            <th scope="col">{texts.status}</th>
            <th scope="col">{texts.taxonomyVersion}</th>
          </tr>
        </thead>
        <tbody>
          {rounds.length === 0 && (
            <tr>
              <td colspan={4}>{texts.none}</td>
            </tr>
          )}
          {rounds.map((round) => (
            <tr>
              <th scope="row">{round.title}</th>
              <td>{periodText(round.opensAt, round.closesAt, formatDay)}</td>
              <td>{ROUND_STATUS_TEXT[roundPhase(round, now)]}</td>
              <td>{round.taxonomyVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <h2 id="nieuwe-ronde">{texts.heading}</h2>
      <Alert messages={errors} title={texts.failed} />
      <form method="post" action={`${DASHBOARD_PATH}/rondes`} aria-labelledby="nieuwe-ronde">
        <CsrfField token={signedIn.csrfToken} />
        <label for="ronde-titel">{texts.titleLabel}</label>
        <input id="ronde-titel" name="titel" type="text" required maxlength={200} size={40} value={values.title} aria-invalid={invalid} />
        <label for="ronde-opent">{texts.opens}</label>
        <input id="ronde-opent" name="opent" type="date" required value={values.opens} aria-invalid={invalid} />
        <label for="ronde-sluit">{texts.closes}</label>
        <input id="ronde-sluit" name="sluit" type="date" required value={values.closes} aria-invalid={invalid} />
        <p class="hint">{texts.hint}</p>
        <button type="submit">{texts.submit}</button>
      </form>
    </Layout>
  );
}
