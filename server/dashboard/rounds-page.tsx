/** @jsxImportSource hono/jsx */
import type { Round } from '../db/rounds-repository';
import { formatDay } from '../services/digest/format-date';
import { Alert, CsrfField, Notice, ROUND_STATUS_TEXT, roundStatus } from './components';
import { periodText } from './dutch-days';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from './session-cookie';

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
    <Layout title="Rondes" current="rounds" signedIn={signedIn}>
      {created && <Notice>De ronde is aangemaakt.</Notice>}
      <table>
        <caption>Rondes, nieuwste eerst</caption>
        <thead>
          <tr>
            <th scope="col">Ronde</th>
            <th scope="col">Periode</th>
            <th scope="col">Status</th>
            <th scope="col">Taxonomieversie</th>
          </tr>
        </thead>
        <tbody>
          {rounds.length === 0 && (
            <tr>
              <td colspan={4}>Er zijn nog geen rondes.</td>
            </tr>
          )}
          {rounds.map((round) => (
            <tr>
              <th scope="row">{round.title}</th>
              <td>{periodText(round.opensAt, round.closesAt, formatDay)}</td>
              <td>{ROUND_STATUS_TEXT[roundStatus(round, now)]}</td>
              <td>{round.taxonomyVersion}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="nieuwe-ronde">Nieuwe ronde</h2>
      <Alert messages={errors} title="De ronde is niet aangemaakt" />
      <form method="post" action={`${DASHBOARD_PATH}/rondes`} aria-labelledby="nieuwe-ronde">
        <CsrfField token={signedIn.csrfToken} />
        <label for="ronde-titel">Titel</label>
        <input id="ronde-titel" name="titel" type="text" required maxlength={200} size={40} value={values.title} aria-invalid={invalid} />
        <label for="ronde-opent">Opent op</label>
        <input id="ronde-opent" name="opent" type="date" required value={values.opens} aria-invalid={invalid} />
        <label for="ronde-sluit">Sluit na (deze dag telt nog mee)</label>
        <input id="ronde-sluit" name="sluit" type="date" required value={values.closes} aria-invalid={invalid} />
        <p class="hint">Perioden van rondes mogen elkaar niet overlappen. Dagen gelden in Nederlandse tijd.</p>
        <button type="submit">Ronde aanmaken</button>
      </form>
    </Layout>
  );
}
