import { browser } from 'wxt/browser';
import { plural } from '../../shared/i18n/plural';
import { remarkCountText } from '../../shared/i18n/remark-counts';
import type { DocumentListItem } from '../../shared/schemas/document';
import { isPdfUrl } from '../lib/pdf-viewer-url';
import type { Settings } from '../lib/settings';
import type { Messages } from './i18n';
import { hostOf, openableUrl } from './reading-list-links';
import { formatCalendarDate } from './sidebar/format-date';
import { useReadingList } from './use-reading-list';

const viewerBase = (path: string) => browser.runtime.getURL(path as '/viewer.html');

/** One document of the list: its title as the way in, who published it when, and the counts. */
function ReadingListItem({ item, messages, language }: { item: DocumentListItem; messages: Messages; language: Settings['language'] }) {
  const t = messages.options.readingList;
  const [first, ...others] = item.urls;
  const published = [item.publisher ? t.publishedBy(item.publisher) : null, item.date ? t.published(formatCalendarDate(item.date, language)) : null].filter(Boolean).join(', ');
  const counts = [remarkCountText(language, item), item.mine > 0 ? plural(language, item.mine, t.mine) : null].filter(Boolean).join(' · ');
  return (
    <li className="reading-item">
      <h3>
        {first ? (
          <a href={openableUrl(first, viewerBase)} target="_blank" rel="noopener noreferrer">
            {item.title}
          </a>
        ) : (
          item.title
        )}
      </h3>
      {published && <p className="hint">{published}</p>}
      <p className="counts">
        {counts}
        {item.new > 0 && (
          <>
            {' · '}
            <strong className="new">{plural(language, item.new, t.fresh)}</strong>
          </>
        )}
        {item.lastVisit === null && ` · ${t.neverOpened}`}
      </p>
      {others.length > 0 && (
        <div className="also-at">
          <p className="hint">{t.alsoAt}</p>
          <ul>
            {others.map((url) => (
              <li key={url}>
                <a href={openableUrl(url, viewerBase)} target="_blank" rel="noopener noreferrer">
                  {`${isPdfUrl(url) ? t.pdf : t.page} (${hostOf(url)})`}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/**
 * The round's reading list on the options page: the registered reports with, for the reader, how
 * many remarks they may see, how many are theirs and how many are new since they last opened it.
 * Shown only when signed in.
 */
export function ReadingList({ messages, settings }: { messages: Messages; settings: Settings }) {
  const t = messages.options.readingList;
  const { state, reload } = useReadingList(settings.token, settings.serverUrl);
  if (!settings.token) return null;
  return (
    <section aria-labelledby="reading-list-title">
      <h2 id="reading-list-title">{t.title}</h2>
      <p>{t.intro}</p>
      <p role="status" className="reading-status">
        {state.kind === 'loading' ? t.loading : state.kind === 'failed' ? t.failed(state.failure.message) : state.items.length === 0 ? t.empty : ''}
      </p>
      {state.kind === 'failed' && (
        <button type="button" className="secondary" onClick={reload}>
          {t.retry}
        </button>
      )}
      {state.kind === 'ready' && state.items.length > 0 && (
        <ul className="reading-list">
          {state.items.map((item) => (
            <ReadingListItem key={item.id} item={item} messages={messages} language={settings.language} />
          ))}
        </ul>
      )}
    </section>
  );
}
