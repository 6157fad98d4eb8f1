/** @jsxImportSource hono/jsx */
import { KIND_LABELS, ROLE_LABELS } from '../services/digest/digest-labels';
import { formatDateTime } from '../services/digest/format-date';
import { Alert, CsrfField, Notice } from './components';
import { Layout, type PageUser } from './layout';
import { RECENT_LIMIT, type ModerationQueue, type QueueItem } from './moderation-queue';
import { DASHBOARD_PATH } from './session-cookie';

interface ModerationPageProps {
  signedIn: PageUser;
  queue: ModerationQueue;
  errors: readonly string[];
  notice: string | null;
}

/** Who wrote it, what it is about and what it says; every part escaped like all text. */
function ItemCells({ item }: { item: QueueItem }) {
  return (
    <>
      <td>{formatDateTime(item.created)}</td>
      <td>
        {item.author.name}
        <br />
        {`${ROLE_LABELS[item.author.role]}, ${item.author.organisation}`}
      </td>
      <td>
        <span class="hint">{item.source}</span>
        {item.quote && <q>{item.quote}</q>}
      </td>
      <td>
        <strong>{item.isReply ? 'Reactie' : KIND_LABELS[item.kind]}</strong>
        <p class="remark">{item.text === '' ? '(geen tekst)' : item.text}</p>
      </td>
    </>
  );
}

const HEAD = (
  <>
    <th scope="col">Geplaatst</th>
    <th scope="col">Auteur</th>
    <th scope="col">Document en passage</th>
    <th scope="col">Opmerking</th>
  </>
);

/**
 * The moderation queue: recent shared annotations, each with a form to hide it (with a reason the
 * author will see), and the hidden ones with a button to show them again.
 */
export function ModerationPage({ signedIn, queue, errors, notice }: ModerationPageProps) {
  return (
    <Layout title="Moderatie" current="moderation" signedIn={signedIn}>
      {notice && <Notice>{notice}</Notice>}
      <Alert messages={errors} />
      <p>
        Een verborgen annotatie verdwijnt voor iedereen en uit het feedbackoverzicht; de auteur ziet haar nog, met de reden. Verbergen en
        weer tonen staan in het auditlog.
      </p>
      <h2 id="recent">Recente annotaties</h2>
      <table>
        <caption>{`De ${RECENT_LIMIT} nieuwste gedeelde annotaties en reacties, nieuwste eerst`}</caption>
        <thead>
          <tr>
            {HEAD}
            <th scope="col">Verbergen</th>
          </tr>
        </thead>
        <tbody>
          {queue.recent.length === 0 && (
            <tr>
              <td colspan={5}>Er zijn geen gedeelde annotaties.</td>
            </tr>
          )}
          {queue.recent.map((item) => (
            <tr>
              <ItemCells item={item} />
              <td>
                <form method="post" action={`${DASHBOARD_PATH}/moderatie/${item.uuid}/verbergen`}>
                  <CsrfField token={signedIn.csrfToken} />
                  <label for={`reden-${item.uuid}`}>Reden</label>
                  <textarea id={`reden-${item.uuid}`} name="reden" required maxlength={500} rows={2}></textarea>
                  <button type="submit" class="danger">
                    Verbergen<span class="visually-hidden">{` (annotatie van ${item.author.name})`}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2 id="verborgen">Verborgen annotaties</h2>
      <table>
        <caption>Verborgen annotaties, laatst geplaatste eerst</caption>
        <thead>
          <tr>
            {HEAD}
            <th scope="col">Verborgen en weer tonen</th>
          </tr>
        </thead>
        <tbody>
          {queue.hidden.length === 0 && (
            <tr>
              <td colspan={5}>Er zijn geen verborgen annotaties.</td>
            </tr>
          )}
          {queue.hidden.map((item) => (
            <tr>
              <ItemCells item={item} />
              <td>
                <p>{`Verborgen door ${item.hidden?.byName ?? 'onbekend'} op ${formatDateTime(item.hidden?.at ?? '')}: ${item.hidden?.reason ?? ''}`}</p>
                <form method="post" action={`${DASHBOARD_PATH}/moderatie/${item.uuid}/tonen`}>
                  <CsrfField token={signedIn.csrfToken} />
                  <button type="submit" class="secondary">
                    Weer tonen<span class="visually-hidden">{` (annotatie van ${item.author.name})`}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
