import { useState } from 'react';
import type { Notification } from '../../shared/schemas/notification';
import { documentName } from '../../shared/urls/document-name';
import type { Language, Messages } from './i18n';
import { formatDateTime } from './sidebar/format-date';
import { useNotifications } from './use-notifications';

/** What happened, in words: who answered, and how it concerns the reader. */
function whatHappened(item: Notification, messages: Messages): string {
  const t = messages.notifications;
  const who = t.who(item.by.name, messages.roles[item.by.role] ?? item.by.role, item.by.organisation);
  if (item.type === 'answer') return t.answer(who);
  return item.type === 'reply' ? t.reply(who) : t.threadReply(who);
}

/**
 * "Nieuw voor u" on the options page: the newest notifications, unread ones marked, each opening
 * its remark at the passage (a PDF in Kantlijn's viewer). `token` is only a key: a new sign-in
 * loads the list afresh.
 */
export function NotificationsPanel({ messages, language, token }: { messages: Messages; language: Language; token: string }) {
  const t = messages.notifications;
  const { list, failed, allRead, markAllRead, open } = useNotifications(token);
  const [openFailed, setOpenFailed] = useState(false);
  if (!token) return null;
  return (
    <section aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t.title}</h2>
      <p>{t.intro}</p>
      <p role="status">{list ? (list.items.length === 0 ? t.nothing : t.unread(list.unread)) : failed ? '' : t.loading}</p>
      {failed && <p className="message message--error" role="alert">{t.loadFailed}</p>}
      {list && list.items.length > 0 && (
        <ul className="notifications">
          {list.items.map((item) => {
            const what = whatHappened(item, messages);
            const where = documentName(item.source, item.documentTitle);
            return (
              <li key={item.id} className={item.read ? 'notification' : 'notification notification--unread'}>
                {!item.read && <strong className="notification-new">{t.newLabel}</strong>} <span>{what}</span>
                <span className="notification-where">
                  {t.inDocument} <strong className="notification-document">{where}</strong> · <time dateTime={item.at}>{formatDateTime(item.at, language)}</time>
                </span>
                <button
                  type="button"
                  className="secondary"
                  aria-label={t.openLabel(what, where)}
                  onClick={() => void open(item).then((opened) => setOpenFailed(!opened))}
                >
                  {t.open}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {openFailed && <p className="message message--error" role="alert">{t.openFailed}</p>}
      {list && list.unread > 0 && (
        <button type="button" onClick={() => void markAllRead()}>
          {t.markAll}
        </button>
      )}
      {allRead && <p className="message message--ok" role="status">{t.allRead}</p>}
    </section>
  );
}
