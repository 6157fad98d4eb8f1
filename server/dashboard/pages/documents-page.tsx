/** @jsxImportSource hono/jsx */
import { plural } from '../../../shared/i18n/plural';
import { remarkCountText } from '../../../shared/i18n/remark-counts';
import type { DocumentRecord } from '../../db/documents-repository';
import type { Round } from '../../db/rounds-repository';
import { formatDay } from '../../services/digest/texts/format-date';
import { Alert, CsrfField, Notice } from './components';
import { Layout, type PageUser } from './layout';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.documents;

/** What was typed into the form, kept when it is shown again with errors. */
export interface DocumentFormValues {
  title: string;
  urls: string;
  publisher: string;
  date: string;
  round: string;
}

interface DocumentsPageProps {
  signedIn: PageUser;
  documents: readonly DocumentRecord[];
  /** Remarks and replies the secretariat may see per document id, at all its addresses (as `GET /api/documents` counts them). */
  remarks: ReadonlyMap<string, RemarkCounts>;
  rounds: readonly Round[];
  values: DocumentFormValues;
  errors: readonly string[];
  notice: string | null;
}

/** How many remarks and replies were made on a document. */
type RemarkCounts = { remarks: number; replies: number };

function DocumentRow({ document, remarks, roundTitle, csrfToken }: { document: DocumentRecord; remarks: RemarkCounts; roundTitle: string; csrfToken: string }) {
  return (
    <tr>
      <th scope="row">{document.title}</th>
      <td>
        <ul class="plain">
          {document.urls.map((url) => (
            <li>
              <a href={url} rel="noopener noreferrer">
                {url}
              </a>
            </li>
          ))}
        </ul>
      </td>
      <td>{document.publisher ?? ''}</td>
      <td>{document.date ? formatDay(document.date) : ''}</td>
      <td>{roundTitle}</td>
      <td>{remarkCountText('nl', remarks)}</td>
      <td>
        <form method="post" action={`${DASHBOARD_PATH}/documenten/${encodeURIComponent(document.id)}/verwijderen`}>
          <CsrfField token={csrfToken} />
          <button type="submit" class="secondary" aria-label={texts.removeLabel(document.title)}>
            {texts.remove}
          </button>
        </form>
      </td>
    </tr>
  );
}

/** The reading list of the rounds, and the form to put a report on it. */
export function DocumentsPage({ signedIn, documents, remarks, rounds, values, errors, notice }: DocumentsPageProps) {
  const invalid = errors.length > 0 ? 'true' : undefined;
  const roundTitles = new Map(rounds.map((round) => [round.id, round.title]));
  return (
    <Layout title={texts.title} current="documents" signedIn={signedIn}>
      {notice && <Notice>{notice}</Notice>}
      <p>{texts.intro}</p>
      <div class="table-scroll" role="region" aria-label={texts.caption} tabindex={0}>
        <table>
          <caption>{`${texts.caption} (${plural('nl', documents.length, { one: '{n} document', other: '{n} documenten' })})`}</caption>
          <thead>
            <tr>
              <th scope="col">{texts.document}</th>
              <th scope="col">{texts.addresses}</th>
              <th scope="col">{texts.publisher}</th>
              <th scope="col">{texts.date}</th>
              <th scope="col">{texts.round}</th>
              <th scope="col">{texts.remarks}</th>
              <th scope="col">
                <span class="visually-hidden">{texts.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {documents.length === 0 && (
              <tr>
                <td colspan={7}>{texts.none}</td>
              </tr>
            )}
            {documents.map((document) => (
              <DocumentRow
                document={document}
                remarks={remarks.get(document.id) ?? { remarks: 0, replies: 0 }}
                roundTitle={document.roundId ? (roundTitles.get(document.roundId) ?? document.roundId) : texts.noRound}
                csrfToken={signedIn.csrfToken}
              />
            ))}
          </tbody>
        </table>
      </div>
      <h2 id="nieuw-document">{texts.heading}</h2>
      <Alert messages={errors} title={texts.failed} />
      <form method="post" action={`${DASHBOARD_PATH}/documenten`} aria-labelledby="nieuw-document">
        <CsrfField token={signedIn.csrfToken} />
        <label for="document-titel">{texts.titleLabel}</label>
        <input id="document-titel" name="titel" type="text" required maxlength={300} size={50} value={values.title} aria-invalid={invalid} />
        <label for="document-adressen">{texts.urlsLabel}</label>
        <p class="hint" id="document-adressen-hint">
          {texts.urlsHint}
        </p>
        <textarea id="document-adressen" name="adressen" rows={4} cols={60} required aria-describedby="document-adressen-hint" aria-invalid={invalid}>
          {values.urls}
        </textarea>
        <label for="document-uitgever">{texts.publisherLabel}</label>
        <input id="document-uitgever" name="uitgever" type="text" maxlength={200} size={40} value={values.publisher} />
        <label for="document-datum">{texts.dateLabel}</label>
        <input id="document-datum" name="datum" type="date" value={values.date} />
        <label for="document-ronde">{texts.roundLabel}</label>
        <select id="document-ronde" name="ronde">
          <option value="" selected={values.round === ''}>
            {texts.noRound}
          </option>
          {rounds.map((round) => (
            <option value={round.id} selected={values.round === round.id}>
              {round.title}
            </option>
          ))}
        </select>
        <button type="submit">{texts.submit}</button>
      </form>
    </Layout>
  );
}
