/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';
import { formatDateTime } from '../../services/digest/texts/format-date';
import { Alert, CsrfField, DocumentLink, Notice, ScrollTable } from './components';
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
        <DocumentLink source={item.source} name={item.document} />
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

interface QueueTableProps {
  id: string;
  heading: string;
  caption: string;
  /** Heading of the last column, which holds what can be done with the item. */
  actionColumn: string;
  emptyText: string;
  items: readonly QueueItem[];
  action: (item: QueueItem) => Child;
}

/** One part of the queue under its own heading: the same four columns plus one with what can be done. */
function QueueTable({ id, heading, caption, actionColumn, emptyText, items, action }: QueueTableProps) {
  return (
    <>
      <h2 id={id}>{heading}</h2>
      <ScrollTable caption={caption} label={heading}>
        <thead>
          <tr>
            {HEAD}
            <th scope="col">{actionColumn}</th>
          </tr>
        </thead>
        <tbody>
          {items.length === 0 && (
            <tr>
              <td colspan={5}>{emptyText}</td>
            </tr>
          )}
          {items.map((item) => (
            <tr>
              <ItemCells item={item} />
              <td>{action(item)}</td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </>
  );
}

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
      <QueueTable
        id="recent"
        heading={texts.recent}
        caption={texts.recentCaption(RECENT_LIMIT)}
        actionColumn={texts.hide}
        emptyText={texts.noRecent}
        items={queue.recent}
        action={(item) => (
          <form method="post" action={`${DASHBOARD_PATH}/moderatie/${item.uuid}/verbergen`}>
            <CsrfField token={signedIn.csrfToken} />
            <label for={`reden-${item.uuid}`}>{texts.reason}</label>
            <textarea id={`reden-${item.uuid}`} name="reden" required maxlength={500} rows={2}></textarea>
            <button type="submit" class="danger">
              {texts.hide}
              <span class="visually-hidden">{texts.ofAuthor(item.author.name)}</span>
            </button>
          </form>
        )}
      />
      <QueueTable
        id="verborgen"
        heading={texts.hiddenHeading}
        caption={texts.hiddenCaption}
        actionColumn={texts.hiddenColumn}
        emptyText={texts.noHidden}
        items={queue.hidden}
        action={(item) => (
          <>
            <p>{texts.hiddenBy(item.hidden?.byName ?? texts.unknownPerson, formatDateTime(item.hidden?.at ?? ''), item.hidden?.reason ?? '')}</p>
            <form method="post" action={`${DASHBOARD_PATH}/moderatie/${item.uuid}/tonen`}>
              <CsrfField token={signedIn.csrfToken} />
              <button type="submit" class="secondary">
                {texts.showAgain}
                <span class="visually-hidden">{texts.ofAuthor(item.author.name)}</span>
              </button>
            </form>
          </>
        )}
      />
    </Layout>
  );
}
