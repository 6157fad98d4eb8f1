/** @jsxImportSource hono/jsx */
import { formatDateTime } from '../../services/digest/texts/format-date';
import { Alert, CsrfField, Notice } from './components';
import { Layout, type PageUser } from './layout';
import { RECENT_LIMIT, type ModerationQueue, type QueueItem } from '../model/moderation-queue';
import { DASHBOARD_PATH } from '../session/session-cookie';
import { dashboardNl } from '../texts/dashboard-texts';

const texts = dashboardNl.moderation;

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
        {`${dashboardNl.roles[item.author.role].name}, ${item.author.organisation}`}
      </td>
      <td>
        <span class="hint">{item.source}</span>
        {item.quote && <q>{item.quote}</q>}
      </td>
      <td>
        <strong>{item.isReply ? texts.reply : item.kind === 'none' ? texts.noKind : dashboardNl.kinds[item.kind]}</strong>
        <p class="remark">{item.text === '' ? texts.noText : item.text}</p>
      </td>
    </>
  );
}

const HEAD = (
  <>
    <th scope="col">{texts.posted}</th>
    <th scope="col">{texts.author}</th>
    <th scope="col">{texts.passage}</th>
    <th scope="col">{texts.remark}</th>
  </>
);

/**
 * The moderation queue: recent shared annotations, each with a form to hide it (with a reason the
 * author will see), and the hidden ones with a button to show them again.
 */
export function ModerationPage({ signedIn, queue, errors, notice }: ModerationPageProps) {
  return (
    <Layout title={texts.title} current="moderation" signedIn={signedIn}>
      {notice && <Notice>{notice}</Notice>}
      <Alert messages={errors} />
      <p>{texts.intro}</p>
      <h2 id="recent">{texts.recent}</h2>
      <div class="table-scroll" role="region" aria-label={texts.recent} tabindex={0}>
      <table>
        <caption>{texts.recentCaption(RECENT_LIMIT)}</caption>
        <thead>
          <tr>
            {HEAD}
            <th scope="col">{texts.hide}</th>
          </tr>
        </thead>
        <tbody>
          {queue.recent.length === 0 && (
            <tr>
              <td colspan={5}>{texts.noRecent}</td>
            </tr>
          )}
          {queue.recent.map((item) => (
            <tr>
              <ItemCells item={item} />
              <td>
                <form method="post" action={`${DASHBOARD_PATH}/moderatie/${item.uuid}/verbergen`}>
                  <CsrfField token={signedIn.csrfToken} />
                  <label for={`reden-${item.uuid}`}>{texts.reason}</label>
                  <textarea id={`reden-${item.uuid}`} name="reden" required maxlength={500} rows={2}></textarea>
                  <button type="submit" class="danger">
                    {texts.hide}
                    <span class="visually-hidden">{texts.ofAuthor(item.author.name)}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
      <h2 id="verborgen">{texts.hiddenHeading}</h2>
      <div class="table-scroll" role="region" aria-label={texts.hiddenHeading} tabindex={0}>
      <table>
        <caption>{texts.hiddenCaption}</caption>
        <thead>
          <tr>
            {HEAD}
            <th scope="col">{texts.hiddenColumn}</th>
          </tr>
        </thead>
        <tbody>
          {queue.hidden.length === 0 && (
            <tr>
              <td colspan={5}>{texts.noHidden}</td>
            </tr>
          )}
          {queue.hidden.map((item) => (
            <tr>
              <ItemCells item={item} />
              <td>
                <p>{texts.hiddenBy(item.hidden?.byName ?? texts.unknownPerson, formatDateTime(item.hidden?.at ?? ''), item.hidden?.reason ?? '')}</p>
                <form method="post" action={`${DASHBOARD_PATH}/moderatie/${item.uuid}/tonen`}>
                  <CsrfField token={signedIn.csrfToken} />
                  <button type="submit" class="secondary">
                    {texts.showAgain}
                    <span class="visually-hidden">{texts.ofAuthor(item.author.name)}</span>
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </Layout>
  );
}
